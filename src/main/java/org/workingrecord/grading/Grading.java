package org.workingrecord.grading;

import org.workingrecord.lesson.LoadedLesson;
import org.workingrecord.lesson.Question;

/** Scores any answer with the strategy for its question kind. */
public final class Grading {

    private Grading() {
    }

    public static Score grade(Question question, AnswerValue answer, LoadedLesson lesson) {
        return switch (question) {
            case Question.Choice q -> new ChoiceGrader().grade(q, answer, lesson);
            case Question.WhoSaidIt q -> new WhoSaidItGrader().grade(q, answer, lesson);
            case Question.Matching q -> new MatchingGrader().grade(q, answer, lesson);
            case Question.PositionsGrid q -> new PositionsGridGrader().grade(q, answer, lesson);
            case Question.PickEvidence q -> new PickEvidenceGrader().grade(q, answer, lesson);
            case Question.TrueFalse q -> new TrueFalseGrader().grade(q, answer, lesson);
            case Question.Order q -> new OrderGrader().grade(q, answer, lesson);
            case Question.Open q -> new OpenGrader().grade(q, answer, lesson);
        };
    }

    /** The answer field of a positions-grid cell. */
    public static String gridCell(String speakerId, String topicId) {
        return PositionsGridGrader.cell(speakerId, topicId);
    }
}
