package org.workingrecord.grading;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.workingrecord.lesson.LoadedLesson;
import org.workingrecord.lesson.Question;

/** The item numbers (as in the lesson, from 0) in the student's order. A point per item in its place. */
final class OrderGrader implements Grader<Question.Order, Answer.Order> {

    @Override
    public Score grade(Question.Order q, Answer.Order answer, LoadedLesson lesson) {
        List<Integer> given = answer.order();
        int points = 0;
        for (int i = 0; i < q.items().size(); i++) {
            if (i < given.size() && given.get(i) == i) {
                points++;
            }
        }
        int max = q.items().size();
        List<Feedback> feedback = new ArrayList<>();
        if (points == max) {
            feedback.add(Feedback.of("feedback.right"));
        } else {
            String order = q.items().stream().map(Question.OrderItem::text).collect(Collectors.joining(" → "));
            List<String> quotes = q.items().stream().map(Question.OrderItem::quote).filter(s -> s != null).toList();
            feedback.add(Feedback.of("feedback.order.wrong", String.valueOf(points), String.valueOf(max), order)
                    .at(Evidence.lines(lesson, quotes)));
        }
        feedback.add(Evidence.explanation(q.explanation()));
        return Score.auto(points, max, feedback);
    }
}
