package org.workingrecord.attempt;

import org.workingrecord.grading.Answer;

/** A written answer longer than {@link Answer.Open#MAX_CHARS} characters: nothing was written. */
public class AnswerTooLongException extends IllegalArgumentException {
    public AnswerTooLongException() {
        super("answer longer than " + Answer.Open.MAX_CHARS + " characters");
    }
}
