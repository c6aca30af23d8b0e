package org.workingrecord.lesson;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.workingrecord.source.Entry;
import org.workingrecord.source.Segment;
import org.workingrecord.source.SourceIndex;
import org.workingrecord.source.SourceIndex.Span;
import org.workingrecord.source.WorkingRecord;

/**
 * The records a lesson reads, in the order its {@code sources:} lists them. Each keeps its own line
 * numbers; where a lesson reads more than one, each record has a letter (A, B, ...) and a line is
 * cited with it ("B7": line 7 of record B). Inside the app every line of every record also has one
 * number, its <em>place</em>: record A's lines first, then record B's. With one record a place is
 * simply the line number, so feedback, highlighting and stored answers mean the same as before.
 */
public final class LessonSources {

    /** The most records one lesson may read (they are lettered A to F). */
    public static final int MAX = 6;

    private static final Pattern CITED = Pattern.compile("\\s*([A-Za-z]?)\\s*(\\d{1,5})\\s*");

    private final List<Text> texts;
    private final int places;

    /**
     * The records in order: what the lesson says of each ({@code refs}, the pack's notes and the
     * lesson's own) and the index each pack built once ({@code indexes}, in the same order).
     */
    public LessonSources(List<LessonPlan.SourceRef> refs, List<SourceIndex> indexes) {
        if (refs.isEmpty() || refs.size() != indexes.size() || refs.size() > MAX) {
            throw new IllegalArgumentException("a lesson reads 1 to " + MAX + " records, each with its index");
        }
        List<Text> list = new ArrayList<>();
        int offset = 0;
        for (int i = 0; i < refs.size(); i++) {
            String letter = refs.size() == 1 ? "" : String.valueOf((char) ('A' + i));
            list.add(new Text(refs.get(i), indexes.get(i), letter, offset));
            offset += indexes.get(i).record().segments().size();
        }
        this.texts = List.copyOf(list);
        this.places = offset;
    }

    /** The one record of a pack, as a lesson on it alone reads it. */
    public static LessonSources of(SourcePack pack) {
        return new LessonSources(List.of(pack.source()), List.of(pack.index()));
    }

    public List<Text> texts() {
        return texts;
    }

    public boolean several() {
        return texts.size() > 1;
    }

    /** How many lines all the records have together: places run from 1 to this. */
    public int placeCount() {
        return places;
    }

    /** Where the quote stands: in the first record (in the lesson's order) that has it. */
    public Optional<Found> find(String quote) {
        for (Text t : texts) {
            Optional<Span> span = t.index().find(quote);
            if (span.isPresent()) {
                return Optional.of(new Found(t, span.get()));
            }
        }
        return Optional.empty();
    }

    /** The places a quote covers, first to last; empty when no record has it. */
    public List<Integer> places(String quote) {
        return find(quote).map(Found::places).orElse(List.of());
    }

    /**
     * The words of a quote as a record writes them, where the quote differs from them only in its
     * dashes: for a message that names the dash the record really has.
     */
    public Optional<String> withTheSourcesDashes(String quote) {
        return texts.stream().map(t -> t.index().withTheSourcesDashes(quote)).flatMap(Optional::stream).findFirst();
    }

    public boolean foundIgnoringDashes(String quote) {
        return withTheSourcesDashes(quote).isPresent();
    }

    /** The record and line of a place. */
    public Optional<Line> line(int place) {
        for (Text t : texts) {
            if (place > t.offset() && place <= t.offset() + t.lineCount()) {
                return t.record().segment(place - t.offset()).map(s -> new Line(t, s));
            }
        }
        return Optional.empty();
    }

    /** A place as students cite it: "16" with one record, "B7" with several. */
    public String label(int place) {
        return line(place).map(l -> l.text().letter() + l.segment().number()).orElse(String.valueOf(place));
    }

    /**
     * Places as students cite them: "16", "18-19", or with several records "A16-17, B3". Runs of
     * neighbouring lines of one record are joined.
     */
    public String label(List<Integer> places) {
        List<String> parts = new ArrayList<>();
        int i = 0;
        while (i < places.size()) {
            int first = places.get(i);
            int last = first;
            while (i + 1 < places.size() && places.get(i + 1) == last + 1 && sameText(first, places.get(i + 1))) {
                last = places.get(++i);
            }
            i++;
            parts.add(first == last ? label(first) : label(first) + "-" + line(last).map(l -> l.segment().number())
                    .map(String::valueOf).orElse(String.valueOf(last)));
        }
        return String.join(", ", parts);
    }

    private boolean sameText(int a, int b) {
        return line(a).map(Line::text).equals(line(b).map(Line::text));
    }

    /**
     * The place a student typed: a line number with one record; with several, the record's letter and
     * the line ("B7", "b 7"). Empty when there is no such line.
     */
    public Optional<Integer> place(String typed) {
        Matcher m = CITED.matcher(typed == null ? "" : typed);
        if (!m.matches()) {
            return Optional.empty();
        }
        String letter = m.group(1).toUpperCase(Locale.ROOT);
        int line = Integer.parseInt(m.group(2));
        for (Text t : texts) {
            if (t.letter().equals(letter) && line >= 1 && line <= t.lineCount()) {
                return Optional.of(t.offset() + line);
            }
        }
        return Optional.empty();
    }

    /**
     * The records a glossary term explains words of, where it is not all of them ("A"; "A, C"): a pack's
     * term may hold only for its own record (who was at which meeting). Empty for a term of every record.
     */
    public String recordsOf(LessonPlan.GlossaryTerm term) {
        List<String> letters = texts.stream().filter(t -> t.ref().glossary().contains(term)).map(Text::letter).toList();
        return letters.size() == texts.size() ? "" : String.join(", ", letters);
    }

    /**
     * One record of the lesson: what is said of it, its index, its letter ("" when the lesson reads only
     * this one) and where its places start.
     */
    public record Text(LessonPlan.SourceRef ref, SourceIndex index, String letter, int offset) {

        public WorkingRecord record() {
            return index.record();
        }

        public int lineCount() {
            return record().segments().size();
        }

        /** The place of one of this record's lines. */
        public int place(int line) {
            return offset + line;
        }
    }

    /** Quoted words found in one of the lesson's records. */
    public record Found(Text text, Span span) {

        public int firstLine() {
            return span.firstLine();
        }

        public List<Integer> places() {
            List<Integer> out = new ArrayList<>();
            for (int l = span.firstLine(); l <= span.lastLine(); l++) {
                out.add(text.place(l));
            }
            return out;
        }

        /** The turn that holds all the words, if one does. */
        public Optional<Entry.Turn> turn() {
            return text.index().turnAt(span);
        }
    }

    /** One line of one record. */
    public record Line(Text text, Segment segment) {
    }
}
