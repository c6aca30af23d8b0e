package org.workingrecord.grading;

import java.util.ArrayList;
import java.util.List;

import org.workingrecord.lesson.LoadedLesson;
import org.workingrecord.lesson.Question;

/** Field "line": the number of the source line the student pointed at. */
final class PickEvidenceGrader implements Grader<Question.PickEvidence, Answer.Evidence> {

    @Override
    public Score grade(Question.PickEvidence q, Answer.Evidence answer, LoadedLesson lesson) {
        List<Integer> good = Evidence.lines(lesson, q.answers());
        boolean right = answer.line().isPresent() && good.contains(answer.line().getAsInt());
        String given = answer.line().isPresent() ? lesson.sources().label(answer.line().getAsInt()) : "–";
        List<Feedback> feedback = new ArrayList<>();
        feedback.add(right ? Feedback.of("feedback.pick.right", given).at(List.of(answer.line().getAsInt()))
                : Feedback.of("feedback.pick.wrong", given, Evidence.lineLabel(lesson, good)).at(good));
        feedback.add(Evidence.explanation(q.explanation()));
        return Score.auto(right ? 1 : 0, 1, feedback);
    }
}
