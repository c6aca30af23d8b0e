package org.workingrecord.attempt;

import java.time.Instant;

/** What happened to a save. */
public sealed interface SaveOutcome {

    record Saved(int revision, Instant savedAt) implements SaveOutcome {
    }

    /** Another tab or device saved this answer since this page last saw it; nothing was written. */
    record Conflict(SavedAnswer current) implements SaveOutcome {
    }

    /** The work was submitted, or the answer checked: it can no longer change. */
    record Locked() implements SaveOutcome {
    }
}
