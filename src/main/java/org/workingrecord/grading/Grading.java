package org.workingrecord.grading;

import org.workingrecord.lesson.LoadedLesson;
import org.workingrecord.lesson.Question;

/** Scores any answer with the strategy for its question kind. */
public final class Grading {

    private Grading() {
    }

    /** The most a question can score: what a blank answer is out of. */
    public static int maxPoints(Question question, LoadedLesson lesson) {
        return grade(question, Answer.blank(question), lesson).max();
    }

    /** An answer of another kind than the question's (the lesson changed since it was saved) scores as blank. */
    public static Score grade(Question question, Answer given, LoadedLesson lesson) {
        Answer answer = Answer.fits(question, given) ? given : Answer.blank(question);
        return switch (question) {
            case Question.Choice q -> new ChoiceGrader().grade(q, (Answer.Choice) answer, lesson);
            case Question.WhoSaidIt q -> new WhoSaidItGrader().grade(q, (Answer.WhoSaidIt) answer, lesson);
            case Question.Matching q -> new MatchingGrader().grade(q, (Answer.Matching) answer, lesson);
            case Question.PositionsGrid q -> new PositionsGridGrader().grade(q, (Answer.Grid) answer, lesson);
            case Question.PickEvidence q -> new PickEvidenceGrader().grade(q, (Answer.Evidence) answer, lesson);
            case Question.TrueFalse q -> new TrueFalseGrader().grade(q, (Answer.TrueFalse) answer, lesson);
            case Question.Order q -> new OrderGrader().grade(q, (Answer.Order) answer, lesson);
            case Question.Open q -> new OpenGrader().grade(q, (Answer.Open) answer, lesson);
        };
    }
}
