package org.workingrecord.attempt;

/** An answer longer than {@link AttemptService#MAX_ANSWER_CHARS}: nothing was written. */
public class AnswerTooLongException extends IllegalArgumentException {
    public AnswerTooLongException() {
        super("answer longer than " + AttemptService.MAX_ANSWER_CHARS + " characters");
    }
}
