package org.workingrecord.attempt;

import java.time.Instant;

import org.workingrecord.grading.Answer;

/** An answer as stored: its value, its revision (for spotting a save from another tab), when, and whether it was checked. */
public record SavedAnswer(Answer value, int revision, Instant savedAt, boolean checked) {

    /** The revision a page expects when it has not seen any saved answer. */
    public static final int NONE = -1;
}
