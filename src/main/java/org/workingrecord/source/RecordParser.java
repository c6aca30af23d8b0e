package org.workingrecord.source;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns the raw text of a meeting's working record into title, attendance, items, turns and
 * notes. Nothing is rewritten: every entry keeps offsets into the raw text.
 *
 * <p>Recognised turn notations: "Comrade X. text", "Cde. X—text", "Cde. X: text", "X: text" and
 * "X. text" (when X is a known name: present, a guest, or named "Comrade X" somewhere),
 * "Cde. X (speaks in favour)", and a statement followed by "(Comrade X)".
 */
public final class RecordParser {

    private static final String WORD = "\\p{Lu}[\\p{L}'’\\-]*";
    private static final String NAME = "(?:\\p{Lu}\\.\\s?){0,2}" + WORD + "(?:\\s" + WORD + ")?";
    private static final String SEPARATOR = "\\s*(?:[.:—–]|-{1,2}|(?=\\())\\s*";
    private static final Pattern TITLED_TURN = Pattern.compile(
            "^(?:Comrade|Cde\\.?|Com\\.)\\s+(" + NAME + ")" + SEPARATOR);
    private static final Pattern BARE_TURN = Pattern.compile("^(" + NAME + ")" + SEPARATOR);
    private static final Pattern ATTRIBUTION = Pattern.compile("\\((?:Comrade|Cde\\.?)\\s+(" + NAME + ")\\)");
    private static final Pattern MENTION = Pattern.compile(
            "\\b(?:Comrades?|Cdes?\\.)\\s+(" + NAME + "(?:\\s*(?:,|and)\\s*" + NAME + ")*)");
    private static final Pattern HEADING = Pattern.compile(
            "^(?:Regarding|Concerning|About the|On the question|Exchange of opinions|(?:Item|Point|Question)\\s+\\d+"
                    + "|[IVX]+\\.\\s|\\d{1,2}\\.\\s+\\p{Lu})");
    private static final Pattern PRESENT = Pattern.compile("^(?:Present|Attending)\\s*:\\s*(.*)$", Pattern.CASE_INSENSITIVE);
    private static final Pattern GUEST = Pattern.compile("^(?:From\\s.+?[–—-]\\s*|Guests?\\s*:|Also present\\s*:|Invited\\s*:)");
    private static final Pattern CITATION = Pattern.compile(
            "^(?:F\\.\\s?\\w+\\.|Fond\\b|RGANI|APRF|GARF|RGASPI|AP RF)|\\bOp\\.\\s?\\d+.*\\bD\\.\\s?\\d+");
    private static final Pattern NOTE_START = Pattern.compile(
            "^(?:Decision|Decided|Resolved|Resolution|Adopted|Agreed|Note|Copies|Distribution)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern DISTRIBUTION = Pattern.compile("\\bcop(?:y|ies)\\b|\\bdistribut", Pattern.CASE_INSENSITIVE);
    private static final Pattern PROCEDURE = Pattern.compile(
            "\\bcontinuation\\b|\\bsession\\b|\\bat \\d{1,2}[:.]\\d{2}\\b|\\badjourn|\\bagenda\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern P_FRAGMENT = Pattern.compile("<p>(.*?)</p>", Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
    private static final Set<String> NOT_NAMES = Set.of("Present", "Attending", "Decision", "Decided", "Note", "Regarding",
            "Agreed", "Resolved", "Copies", "Distribution", "Guests", "Guest", "Invited");

    private RecordParser() {
    }

    /** Reads bytes as UTF-8 text, refusing binary data with a clear message. */
    public static WorkingRecord parse(byte[] bytes) throws RecordFormatException {
        return parse(decode(bytes));
    }

    public static String decode(byte[] bytes) throws RecordFormatException {
        for (byte b : bytes) {
            if (b == 0) {
                throw new RecordFormatException("This is not a text file (it contains binary data).");
            }
        }
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new RecordFormatException("This is not a UTF-8 text file: save it as UTF-8 text and try again.");
        }
    }

    public static WorkingRecord parse(String raw) throws RecordFormatException {
        return parse(raw, List.of());
    }

    /**
     * @param extraNames further names that may open a bare "X." turn (a lesson's speaker aliases)
     */
    public static WorkingRecord parse(String raw, Collection<String> extraNames) throws RecordFormatException {
        return parse(raw, extraNames, List.of());
    }

    /**
     * @param extraNames further names that may open a bare "X." turn (a lesson's speaker aliases)
     * @param fixes      a teacher's corrections of single lines of the discussion (see {@link LineFix}); a fix of
     *                   a line that is not part of the discussion (title, attendance, citation) is refused
     */
    public static WorkingRecord parse(String raw, Collection<String> extraNames, List<LineFix> fixes) throws RecordFormatException {
        if (raw.isBlank()) {
            throw new RecordFormatException("The file is empty: there is no record to read.");
        }
        List<RawSegment> raws = segment(raw);
        List<Segment> segments = new ArrayList<>();
        for (RawSegment r : raws) {
            segments.add(new Segment(segments.size() + 1, r.start, r.end, raw.substring(r.start, r.end)));
        }

        int i = 0;
        List<String> titleParts = new ArrayList<>();
        List<String> present = new ArrayList<>();
        List<String> guests = new ArrayList<>();
        int presentAt = indexOfPresent(segments);
        if (presentAt >= 0) {
            for (; i < presentAt; i++) {
                titleParts.add(segments.get(i).display().strip());
            }
            Matcher m = PRESENT.matcher(segments.get(presentAt).display().strip());
            if (m.matches()) {
                present.addAll(splitNames(m.group(1)));
            }
            i = presentAt + 1;
        } else if (!segments.isEmpty() && !isTurnStart(segments.get(0).display(), Set.of())) {
            titleParts.add(segments.get(0).display().strip());
            i = 1;
        }
        for (; i < segments.size() && GUEST.matcher(segments.get(i).display().strip()).find(); i++) {
            guests.addAll(mentionedNames(segments.get(i).display()));
        }

        int citationFrom = segments.size();
        while (citationFrom > i && CITATION.matcher(segments.get(citationFrom - 1).display().strip()).find()) {
            citationFrom--;
        }

        Set<String> known = new LinkedHashSet<>();
        addNames(known, present);
        addNames(known, guests);
        addNames(known, extraNames);
        for (Segment s : segments) {
            addNames(known, mentionedNames(s.display()));
        }

        Map<Integer, LineFix> byLine = new HashMap<>();
        for (LineFix f : fixes) {
            if (f.line() <= i || f.line() > citationFrom) {
                throw new RecordFormatException("Line " + f.line() + " is not part of the discussion (the record's lines "
                        + (i + 1) + " to " + citationFrom + "): the title, the list of those present and the citation cannot be corrected.");
            }
            if (byLine.put(f.line(), f) != null) {
                throw new RecordFormatException("Line " + f.line() + " is corrected twice: keep one correction.");
            }
        }
        List<Item> items = new ArrayList<>();
        String heading = null;
        Segment headingSegment = null;
        List<Entry> entries = new ArrayList<>();
        OpenTurn open = null;
        for (; i < citationFrom; i++) {
            Segment s = segments.get(i);
            String d = s.display().strip();
            boolean fragment = raws.get(i).fragment;
            Entry.Turn turn = turnOf(raw, s, known);
            boolean isHeading = turn == null && HEADING.matcher(d).find();
            LineFix fix = byLine.get(s.number());
            if (fix != null) {
                isHeading = fix.as() == LineFix.As.HEADING;
                if (fix.as() == LineFix.As.TURN) {
                    // the parser's label stays (it is the record's words); only who speaks is the teacher's
                    turn = turn != null ? new Entry.Turn(fix.speaker(), turn.label(), turn.text(), turn.segments())
                            : new Entry.Turn(fix.speaker(), "", s.raw(), List.of(s));
                    open = closeTurn(raw, open, entries);
                    open = new OpenTurn(turn);
                    continue;
                }
                turn = null;
                if (fix.as() == LineFix.As.CONTINUES) {
                    open = continueAbove(raw, open, entries, s);
                    continue;
                }
                if (fix.as() == LineFix.As.NOTE) {
                    open = closeTurn(raw, open, entries);
                    entries.add(new Entry.Note(noteKind(d), s.raw(), List.of(s)));
                    continue;
                }
            }
            if (isHeading) {
                open = closeTurn(raw, open, entries);
                if (heading != null || !entries.isEmpty()) {
                    items.add(new Item(heading, headingSegment, entries));
                }
                heading = d;
                headingSegment = s;
                entries = new ArrayList<>();
                continue;
            }
            if (turn != null) {
                open = closeTurn(raw, open, entries);
                if (turn.label().isEmpty()) {
                    entries.add(turn);
                } else {
                    open = new OpenTurn(turn);
                }
            } else if (open != null && !fragment && !NOTE_START.matcher(d).find()) {
                open.segments.add(s);
            } else {
                open = closeTurn(raw, open, entries);
                entries.add(new Entry.Note(noteKind(d), s.raw(), List.of(s)));
            }
        }
        closeTurn(raw, open, entries);
        if (heading != null || !entries.isEmpty()) {
            items.add(new Item(heading, headingSegment, entries));
        }

        StringBuilder citation = new StringBuilder();
        for (int c = citationFrom; c < segments.size(); c++) {
            citation.append(citation.isEmpty() ? "" : " ").append(segments.get(c).display().strip());
        }
        WorkingRecord record = new WorkingRecord(raw, String.join(" ", titleParts), present, guests, items,
                citation.toString(), segments);
        if (record.turns().isEmpty()) {
            throw new RecordFormatException("No speaker turns found. A working record needs lines such as "
                    + "'Comrade Bulganin. …', 'Cde. Molotov: …', 'Cde. Zhukov—…' or 'Zhukov. …' "
                    + "(with Zhukov named in the 'Present:' list).");
        }
        return record;
    }

    private static int indexOfPresent(List<Segment> segments) {
        for (int i = 0; i < Math.min(segments.size(), 8); i++) {
            if (PRESENT.matcher(segments.get(i).display().strip()).matches()) {
                return i;
            }
        }
        return -1;
    }

    private static boolean isTurnStart(String display, Set<String> known) {
        String d = display.strip();
        return TITLED_TURN.matcher(d).find() || ATTRIBUTION.matcher(d).find() || bareTurn(d, known) != null;
    }

    private static Matcher bareTurn(String d, Set<String> known) {
        Matcher m = BARE_TURN.matcher(d);
        if (m.find() && known.contains(m.group(1)) && m.end() < d.length()) {
            return m;
        }
        return null;
    }

    /** The turn this segment opens, with the label and text as verbatim spans, or null. */
    private static Entry.Turn turnOf(String raw, Segment s, Set<String> known) {
        Markup.Mapped mapped = Markup.hideMapped(s.raw());
        String d = mapped.text();
        int lead = d.length() - d.stripLeading().length();
        String stripped = d.strip();
        Matcher m = TITLED_TURN.matcher(stripped);
        boolean titled = m.find() && !NOT_NAMES.contains(m.group(1));
        if (!titled) {
            m = bareTurn(stripped, known);
        }
        if (m != null) {
            int labelEnd = s.start() + mapped.rawOffset(lead + m.end());
            String label = raw.substring(s.start(), labelEnd);
            return new Entry.Turn(m.group(1), label, raw.substring(labelEnd, s.end()), List.of(s));
        }
        Matcher a = ATTRIBUTION.matcher(stripped);
        if (a.find()) {
            return new Entry.Turn(a.group(1), "", s.raw(), List.of(s));
        }
        return null;
    }

    /**
     * A line joined to the entry above it: to the open turn, to a closed turn (opened again) or to a note
     * (one note over both lines). With nothing above in the item it stands as a note.
     */
    private static OpenTurn continueAbove(String raw, OpenTurn open, List<Entry> entries, Segment s) {
        if (open != null) {
            open.segments.add(s);
            return open;
        }
        if (!entries.isEmpty() && entries.get(entries.size() - 1) instanceof Entry.Turn t) {
            entries.remove(entries.size() - 1);
            OpenTurn again = new OpenTurn(t);
            again.segments.add(s);
            return again;
        }
        if (!entries.isEmpty() && entries.get(entries.size() - 1) instanceof Entry.Note n) {
            List<Segment> both = new ArrayList<>(n.segments());
            both.add(s);
            entries.set(entries.size() - 1, new Entry.Note(n.kind(), raw.substring(both.get(0).start(), s.end()), both));
            return null;
        }
        entries.add(new Entry.Note(noteKind(s.display().strip()), s.raw(), List.of(s)));
        return null;
    }

    private static OpenTurn closeTurn(String raw, OpenTurn open, List<Entry> entries) {
        if (open != null) {
            Entry.Turn first = open.first;
            Segment last = open.segments.get(open.segments.size() - 1);
            int textStart = first.segments().get(0).start() + first.label().length();
            entries.add(new Entry.Turn(first.speaker(), first.label(), raw.substring(textStart, last.end()), open.segments));
        }
        return null;
    }

    static Entry.NoteKind noteKind(String text) {
        if (DISTRIBUTION.matcher(text).find()) {
            return Entry.NoteKind.DISTRIBUTION;
        }
        if (PROCEDURE.matcher(text).find()) {
            return Entry.NoteKind.PROCEDURE;
        }
        return Entry.NoteKind.DECISION;
    }

    private static List<String> splitNames(String list) {
        List<String> names = new ArrayList<>();
        for (String part : list.split(",|\\band\\b")) {
            String name = part.strip().replaceAll("[.;]+$", "").strip();
            if (!name.isEmpty()) {
                names.add(name);
            }
        }
        return names;
    }

    private static List<String> mentionedNames(String display) {
        List<String> names = new ArrayList<>();
        Matcher m = MENTION.matcher(display);
        while (m.find()) {
            names.addAll(splitNames(m.group(1)));
        }
        return names;
    }

    private static void addNames(Set<String> known, Collection<String> names) {
        for (String name : names) {
            String n = name.strip();
            if (n.isEmpty() || NOT_NAMES.contains(n)) {
                continue;
            }
            known.add(n);
            String[] words = n.split("\\s+");
            known.add(words[words.length - 1]);
        }
    }

    /** Splits the text into reading lines: {@code <p>} fragments, tab-separated cells, non-blank lines. */
    private static List<RawSegment> segment(String raw) {
        List<RawSegment> out = new ArrayList<>();
        int lineStart = 0;
        while (lineStart <= raw.length()) {
            int nl = raw.indexOf('\n', lineStart);
            int lineEnd = nl < 0 ? raw.length() : nl;
            segmentLine(raw, lineStart, lineEnd, out);
            if (nl < 0) {
                break;
            }
            lineStart = nl + 1;
        }
        return out;
    }

    private static void segmentLine(String raw, int start, int end, List<RawSegment> out) {
        String line = raw.substring(start, end);
        if (line.toLowerCase(Locale.ROOT).contains("<p>")) {
            Matcher m = P_FRAGMENT.matcher(line);
            int pos = 0;
            while (m.find()) {
                addCells(raw, start + pos, start + m.start(), false, out);
                addTrimmed(raw, start + m.start(1), start + m.end(1), true, out);
                pos = m.end();
            }
            addCells(raw, start + pos, end, false, out);
        } else {
            addCells(raw, start, end, false, out);
        }
    }

    private static void addCells(String raw, int start, int end, boolean fragment, List<RawSegment> out) {
        int cell = start;
        for (int k = start; k <= end; k++) {
            if (k == end || raw.charAt(k) == '\t') {
                addTrimmed(raw, cell, k, fragment, out);
                cell = k + 1;
            }
        }
    }

    private static void addTrimmed(String raw, int start, int end, boolean fragment, List<RawSegment> out) {
        while (start < end && Character.isWhitespace(raw.charAt(start))) {
            start++;
        }
        while (end > start && Character.isWhitespace(raw.charAt(end - 1))) {
            end--;
        }
        if (end > start) {
            out.add(new RawSegment(start, end, fragment));
        }
    }

    private record RawSegment(int start, int end, boolean fragment) {
    }

    private static final class OpenTurn {
        final Entry.Turn first;
        final List<Segment> segments = new ArrayList<>();

        OpenTurn(Entry.Turn first) {
            this.first = first;
            segments.addAll(first.segments());
        }
    }
}
