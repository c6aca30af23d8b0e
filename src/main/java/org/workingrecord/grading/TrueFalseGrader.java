package org.workingrecord.grading;

import java.util.ArrayList;
import java.util.List;

import org.workingrecord.lesson.LoadedLesson;
import org.workingrecord.lesson.Question;

/** Field "value": "true" or "false". */
final class TrueFalseGrader implements Grader<Question.TrueFalse, Answer.TrueFalse> {

    @Override
    public Score grade(Question.TrueFalse q, Answer.TrueFalse answer, LoadedLesson lesson) {
        boolean right = answer.value().map(v -> v == q.answer()).orElse(false);
        List<Feedback> feedback = new ArrayList<>();
        feedback.add(right ? Feedback.of("feedback.right")
                : Feedback.of(q.answer() ? "feedback.tf.true" : "feedback.tf.false"));
        feedback.add(Evidence.quote(lesson, q.evidence()));
        feedback.add(Evidence.explanation(q.explanation()));
        return Score.auto(right ? 1 : 0, 1, feedback);
    }
}
