package org.workingrecord.grading;

import java.util.ArrayList;
import java.util.List;

import org.workingrecord.lesson.LoadedLesson;
import org.workingrecord.lesson.Question;

/** Field "option": the 0-based index of the chosen option. */
final class ChoiceGrader implements Grader<Question.Choice, Answer.Choice> {

    @Override
    public Score grade(Question.Choice q, Answer.Choice answer, LoadedLesson lesson) {
        boolean right = answer.option().isPresent() && answer.option().getAsInt() == q.answer();
        List<Feedback> feedback = new ArrayList<>();
        feedback.add(right ? Feedback.of("feedback.right")
                : Feedback.of("feedback.choice.wrong", q.options().get(q.answer())));
        feedback.add(Evidence.explanation(q.explanation()));
        return Score.auto(right ? 1 : 0, 1, feedback);
    }
}
