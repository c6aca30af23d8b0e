package org.workingrecord.grading;

import java.util.ArrayList;
import java.util.List;

import org.workingrecord.lesson.LessonPlan;
import org.workingrecord.lesson.LessonPlan.Position;
import org.workingrecord.lesson.LoadedLesson;
import org.workingrecord.lesson.Question;

/**
 * For each speaker and topic, the chosen stance id. A point per cell; a stance the key also accepts
 * counts, with a word on the lesson's own reading. Wrong cells point at the evidence.
 */
final class PositionsGridGrader implements Grader<Question.PositionsGrid, Answer.Grid> {

    @Override
    public Score grade(Question.PositionsGrid q, Answer.Grid answer, LoadedLesson lesson) {
        LessonPlan plan = lesson.plan();
        int points = 0;
        int max = q.speakers().size() * q.topics().size();
        List<Feedback> feedback = new ArrayList<>();
        for (String speaker : q.speakers()) {
            for (String topic : q.topics()) {
                Position key = plan.position(speaker, topic).orElseThrow();
                String given = answer.stance(speaker, topic).orElse("");
                String who = Evidence.name(plan, speaker);
                String about = plan.topicTitle(topic);
                String keyLabel = plan.stanceLabel(key.stance());
                List<Integer> lines = Evidence.lines(lesson, key.evidence());
                if (given.equals(key.stance())) {
                    points++;
                } else if (given.isEmpty()) {
                    feedback.add(Feedback.of("feedback.grid.empty", who, about, keyLabel).at(lines));
                } else if (key.accepts(given)) {
                    points++;
                    feedback.add(Feedback.of("feedback.grid.accepted", who, about, plan.stanceLabel(given), keyLabel,
                            key.explanation()).at(lines));
                } else if (LessonPlan.Stance.NOT_STATED.equals(key.stance())) {
                    feedback.add(Feedback.of("feedback.grid.silent", who, about, key.explanation()));
                } else {
                    feedback.add(Feedback.of("feedback.grid.wrong", who, about, keyLabel, key.explanation(),
                            Evidence.lineLabel(lesson, lines)).at(lines));
                }
            }
        }
        if (points == max) {
            feedback.add(0, Feedback.of("feedback.right"));
        }
        feedback.add(Evidence.explanation(q.explanation()));
        return Score.auto(points, max, feedback);
    }

}
