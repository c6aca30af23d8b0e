package org.workingrecord.attempt;

import java.time.Instant;
import java.util.Map;

/**
 * A student's work on one assignment as the page loads it, with where they last were ({@code step}
 * of the lesson, and {@code part}: the speaker within a guided reading).
 */
public record AttemptState(WorkStatus status, Instant submittedAt, boolean gradesReleased, Map<String, SavedAnswer> answers,
                           int step, int part) {
    public AttemptState {
        answers = Map.copyOf(answers);
    }
}
