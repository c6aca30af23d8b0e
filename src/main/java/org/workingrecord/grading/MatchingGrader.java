package org.workingrecord.grading;

import java.util.ArrayList;
import java.util.List;

import org.workingrecord.lesson.LoadedLesson;
import org.workingrecord.lesson.Question;

/** For each statement (by its place in the lesson), the chosen speaker id. A point per pair. */
final class MatchingGrader implements Grader<Question.Matching, Answer.Matching> {

    @Override
    public Score grade(Question.Matching q, Answer.Matching answer, LoadedLesson lesson) {
        int points = 0;
        List<Feedback> feedback = new ArrayList<>();
        for (int i = 0; i < q.pairs().size(); i++) {
            Question.Pair pair = q.pairs().get(i);
            String given = answer.speakers().getOrDefault(i, "");
            if (given.equals(pair.speaker())) {
                points++;
            } else {
                List<Integer> lines = Evidence.lines(lesson, pair.statement());
                feedback.add(Feedback.of("feedback.match.wrong", pair.statement(), Evidence.name(lesson.plan(), pair.speaker()),
                        Evidence.lineLabel(lesson, lines)).at(lines));
            }
        }
        if (points == q.pairs().size()) {
            feedback.add(0, Feedback.of("feedback.right"));
        }
        feedback.add(Evidence.explanation(q.explanation()));
        return Score.auto(points, q.pairs().size(), feedback);
    }
}
