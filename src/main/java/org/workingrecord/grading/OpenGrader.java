package org.workingrecord.grading;

import java.util.List;

import org.workingrecord.lesson.LoadedLesson;
import org.workingrecord.lesson.Question;

/** Field "text". A teacher grades it with the rubric; until then it is pending. */
final class OpenGrader implements Grader<Question.Open, Answer.Open> {

    @Override
    public Score grade(Question.Open q, Answer.Open answer, LoadedLesson lesson) {
        int max = q.rubric().stream().mapToInt(Question.RubricLevel::points).max().orElse(0);
        return Score.pending(max, List.of(Feedback.of("feedback.open.pending")));
    }
}
