package org.workingrecord.lesson;

/** One thing wrong in a lesson file, reported as {@code file:line: message}. */
public record Problem(String file, int line, String message) {

    @Override
    public String toString() {
        return line > 0 ? file + ":" + line + ": " + message : file + ": " + message;
    }
}
