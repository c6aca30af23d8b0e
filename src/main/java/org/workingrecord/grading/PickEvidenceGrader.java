package org.workingrecord.grading;

import java.util.ArrayList;
import java.util.List;

import org.workingrecord.lesson.LoadedLesson;
import org.workingrecord.lesson.Question;

/** Field "line": the number of the source line the student pointed at. */
final class PickEvidenceGrader implements Grader<Question.PickEvidence> {

    @Override
    public Score grade(Question.PickEvidence q, AnswerValue answer, LoadedLesson lesson) {
        List<Integer> good = Evidence.lines(lesson, q.answers());
        String given = answer.get("line").orElse("");
        boolean right = good.stream().map(String::valueOf).anyMatch(given::equals);
        List<Feedback> feedback = new ArrayList<>();
        feedback.add(right ? Feedback.of("feedback.pick.right", given).at(List.of(Integer.parseInt(given)))
                : Feedback.of("feedback.pick.wrong", given.isEmpty() ? "–" : given, Evidence.lineLabel(good)).at(good));
        feedback.add(Evidence.explanation(q.explanation()));
        return Score.auto(right ? 1 : 0, 1, feedback);
    }
}
