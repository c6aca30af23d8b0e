package org.workingrecord.attempt;

/**
 * Where one student stands on an assignment, as a platform's gradebook takes it: whether they started and handed in,
 * whether the teacher released the marks, and the points so far (answers still to be marked by hand count 0 until
 * they are) out of the lesson's most.
 */
public record Standing(boolean started, boolean handedIn, boolean released, int points, int maxPoints) {
}
