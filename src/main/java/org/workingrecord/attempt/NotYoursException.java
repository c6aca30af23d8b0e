package org.workingrecord.attempt;

/** The work asked for is not the student's own (or no longer exists): the page shows "not found". */
public class NotYoursException extends RuntimeException {
    public NotYoursException() {
        super("not found");
    }
}
