package org.workingrecord.grading;

import java.util.ArrayList;
import java.util.List;

import org.workingrecord.lesson.LoadedLesson;
import org.workingrecord.lesson.Question;

/** Field "speaker": a speaker id, or {@code not-in-record}. */
final class WhoSaidItGrader implements Grader<Question.WhoSaidIt, Answer.WhoSaidIt> {

    @Override
    public Score grade(Question.WhoSaidIt q, Answer.WhoSaidIt answer, LoadedLesson lesson) {
        String given = answer.speaker().orElse("");
        boolean right = given.equals(q.answer());
        List<Feedback> feedback = new ArrayList<>();
        if (Question.NOT_IN_RECORD.equals(q.answer())) {
            feedback.add(Feedback.of(right ? "feedback.who.absent.right" : "feedback.who.absent.wrong",
                    Evidence.name(lesson.plan(), given)));
        } else {
            String who = Evidence.name(lesson.plan(), q.answer());
            feedback.add(right ? Feedback.of("feedback.who.right", who) : Feedback.of("feedback.who.wrong", who));
            feedback.add(Evidence.quote(lesson, q.quote()));
        }
        feedback.add(Evidence.explanation(q.explanation()));
        return Score.auto(right ? 1 : 0, 1, feedback);
    }
}
