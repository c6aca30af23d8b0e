package org.workingrecord.grading;

import java.util.List;

/**
 * One sentence of feedback, as a translation key with its arguments, and the source lines it
 * points at (to highlight in the reader). Grading stays free of UI code; the view translates.
 */
public record Feedback(String key, List<String> args, List<Integer> lines) {

    public Feedback {
        args = List.copyOf(args);
        lines = List.copyOf(lines);
    }

    static Feedback of(String key, String... args) {
        return new Feedback(key, List.of(args), List.of());
    }

    Feedback at(List<Integer> lines) {
        return new Feedback(key, args, lines);
    }
}
