package org.workingrecord.source;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Finds quoted words in a record, as a reader sees them: markup hidden, tolerant of white space
 * and of straight versus curly quotes, and of nothing else.
 */
public final class SourceIndex {

    private final WorkingRecord record;
    private final String normalized;
    private final int[] rawOffsets;

    public SourceIndex(WorkingRecord record) {
        this.record = record;
        Markup.Mapped mapped = Markup.hideMapped(record.raw());
        StringBuilder text = new StringBuilder();
        int[] offsets = new int[mapped.text().length() + 1];
        boolean space = false;
        for (int i = 0; i < mapped.text().length(); i++) {
            char c = mapped.text().charAt(i);
            if (Character.isWhitespace(c)) {
                space = true;
                continue;
            }
            if (space && !text.isEmpty()) {
                offsets[text.length()] = mapped.rawOffset(i);
                text.append(' ');
            }
            space = false;
            offsets[text.length()] = mapped.rawOffset(i);
            text.append(normalizeQuote(c));
        }
        offsets[text.length()] = record.raw().length();
        this.normalized = text.toString();
        this.rawOffsets = new int[text.length() + 1];
        System.arraycopy(offsets, 0, rawOffsets, 0, rawOffsets.length);
    }

    public WorkingRecord record() {
        return record;
    }

    /** Where the quote stands in the record, or empty when it is not there. */
    public Optional<Span> find(String quote) {
        String q = normalize(quote);
        if (q.isEmpty()) {
            return Optional.empty();
        }
        int at = normalized.indexOf(q);
        if (at < 0) {
            return Optional.empty();
        }
        int start = rawOffsets[at];
        int end = rawOffsets[at + q.length() - 1] + 1;
        List<Segment> segments = new ArrayList<>();
        for (Segment s : record.segments()) {
            if (s.end() > start && s.start() < end) {
                segments.add(s);
            }
        }
        return Optional.of(new Span(start, end, segments));
    }

    /** Whether the quote is found once dashes are treated alike: for a helpful error message. */
    public boolean foundIgnoringDashes(String quote) {
        return withTheSourcesDashes(quote).isPresent();
    }

    /**
     * The source's own words for a quote that differs from them only in its dashes (a hyphen for
     * an en dash, or the other way round), for a message that shows which dash the source has.
     */
    public Optional<String> withTheSourcesDashes(String quote) {
        String q = normalize(quote).replaceAll("[–—−]", "-");
        // one character for one: an offset in the folded text is the same offset in the record's text
        int at = q.isEmpty() ? -1 : normalized.replaceAll("[–—−]", "-").indexOf(q);
        return at < 0 ? Optional.empty() : Optional.of(normalized.substring(at, at + q.length()));
    }

    /** The turn whose lines contain the whole span, if any. */
    public Optional<Entry.Turn> turnAt(Span span) {
        for (Entry.Turn turn : record.turns()) {
            if (turn.segments().containsAll(span.segments())) {
                return Optional.of(turn);
            }
        }
        return Optional.empty();
    }

    static String normalize(String s) {
        StringBuilder out = new StringBuilder();
        boolean space = false;
        for (char c : Markup.hide(s).strip().toCharArray()) {
            if (Character.isWhitespace(c)) {
                space = true;
                continue;
            }
            if (space) {
                out.append(' ');
                space = false;
            }
            out.append(normalizeQuote(c));
        }
        return out.toString();
    }

    private static char normalizeQuote(char c) {
        return switch (c) {
            case '‘', '’', 'ʼ', '`', '′' -> '\'';
            case '“', '”', '„', '″' -> '"';
            default -> c;
        };
    }

    /** A verbatim stretch of the raw record and the reading lines it touches. */
    public record Span(int start, int end, List<Segment> segments) {
        public Span {
            segments = List.copyOf(segments);
        }

        public int firstLine() {
            return segments.get(0).number();
        }

        public int lastLine() {
            return segments.get(segments.size() - 1).number();
        }
    }
}
