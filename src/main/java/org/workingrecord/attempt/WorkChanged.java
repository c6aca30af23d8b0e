package org.workingrecord.attempt;

/**
 * A student's work on an assignment changed (saved, checked, handed in, graded, reopened), or with
 * {@code studentId} null, the whole class's (grades released). Delivered after commit only.
 */
public record WorkChanged(long assignmentId, Long studentId) {

    static WorkChanged ofClass(long assignmentId) {
        return new WorkChanged(assignmentId, null);
    }
}
