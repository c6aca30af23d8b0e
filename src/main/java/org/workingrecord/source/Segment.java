package org.workingrecord.source;

/**
 * One numbered reading line of a record: a paragraph, a line, or a {@code <p>} fragment.
 * Students cite the record by these numbers; {@code start}/{@code end} are offsets into the raw text.
 */
public record Segment(int number, int start, int end, String raw) {

    /** The text as a reader sees it: layout markup hidden, words untouched. */
    public String display() {
        return Markup.hide(raw);
    }
}
