package org.workingrecord.attempt;

import java.time.Instant;
import java.util.Map;

/** A student's work on one assignment as the page loads it. */
public record AttemptState(WorkStatus status, Instant submittedAt, boolean gradesReleased, Map<String, SavedAnswer> answers) {
    public AttemptState {
        answers = Map.copyOf(answers);
    }
}
