package org.workingrecord.source;

/**
 * A teacher's correction of what the parser made of one reading line of a record: the line is a turn of
 * {@code speaker} (the name as the record writes it), a note, a heading, or it continues the entry above.
 * The text is never changed; only how its lines are grouped and attributed.
 */
public record LineFix(int line, As as, String speaker) {

    public enum As {
        /** A new turn of {@code speaker} starts on this line (also to split a turn, or to change its speaker). */
        TURN,
        /** The line is a note (a decision, a procedural remark), not anyone's words. */
        NOTE,
        /** The line is a heading that starts a new item. */
        HEADING,
        /** The line belongs to the entry above it (to merge two entries). */
        CONTINUES
    }

    public LineFix {
        speaker = speaker == null ? "" : speaker.strip();
        if (as == As.TURN && speaker.isEmpty()) {
            throw new IllegalArgumentException("a turn needs its speaker");
        }
    }
}
