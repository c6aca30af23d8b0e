package org.workingrecord.attempt;

/** Published after a student saves or hands in, so open teacher pages can update without reload. */
public record WorkChanged(long assignmentId) {
}
