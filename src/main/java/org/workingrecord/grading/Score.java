package org.workingrecord.grading;

import java.util.List;

/**
 * The result of scoring one answer: points out of a maximum, whether it is fully right, whether
 * a teacher still has to grade it, and the feedback that teaches.
 */
public record Score(int points, int max, boolean correct, boolean pending, List<Feedback> feedback) {

    public Score {
        feedback = List.copyOf(feedback);
    }

    static Score auto(int points, int max, List<Feedback> feedback) {
        return new Score(points, max, points == max, false, feedback);
    }

    static Score pending(int max, List<Feedback> feedback) {
        return new Score(0, max, false, true, feedback);
    }
}
