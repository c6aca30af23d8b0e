package org.workingrecord.classroom;

/** What happened when a student tried to join a class or come back to it. */
public sealed interface JoinOutcome {

    /** Joined: the resume code is shown once, then only its hash is kept. */
    record Joined(StudentRef student, String resumeCode) implements JoinOutcome {
    }

    record Resumed(StudentRef student) implements JoinOutcome {
    }

    record Refused(Reason reason, long waitSeconds) implements JoinOutcome {
    }

    enum Reason {
        MALFORMED_CODE, UNKNOWN_CLASS, JOINING_LOCKED, CLASS_ARCHIVED, NAME_EMPTY, NAME_TOO_LONG, NAME_INVALID,
        NAME_TAKEN, UNKNOWN_RESUME_CODE, TOO_MANY_TRIES
    }
}
