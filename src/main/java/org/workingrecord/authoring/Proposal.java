package org.workingrecord.authoring;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.workingrecord.source.Entry;
import org.workingrecord.source.LineFix;
import org.workingrecord.source.RecordFormatException;
import org.workingrecord.source.RecordParser;
import org.workingrecord.source.WorkingRecord;

/**
 * What the parser makes of a record a teacher brings: its structure (title, Present list, guests, items,
 * turns, notes, citation), and its speakers as written, grouped where the names look like one person
 * ("Cde. Khrushchev", "Khrushchev", "N. S. Khrushchev" share a surname) for the teacher to confirm, each
 * with the fullest spelling the record gives (the Present list's "A. Novak" for a turn of "Novak").
 */
public record Proposal(WorkingRecord record, List<SpeakerGroup> speakers) {

    public Proposal {
        speakers = List.copyOf(speakers);
    }

    /** One person as the proposal sees them: the names they are written under, and how many turns they have. */
    public record SpeakerGroup(String suggestedId, String suggestedName, List<String> written, int turns) {
        public SpeakerGroup {
            written = List.copyOf(written);
        }
    }

    /** Reads the text; a text with no speaker turns is refused with the parser's reason. */
    public static Proposal of(String text) throws RecordFormatException {
        return of(text, List.of());
    }

    /** Reads the text with the teacher's corrections of single lines (a line that cannot be corrected is refused). */
    public static Proposal of(String text, List<LineFix> fixes) throws RecordFormatException {
        WorkingRecord record = RecordParser.parse(text, List.of(), fixes);
        Map<String, List<String>> bySurname = new LinkedHashMap<>();
        Map<String, Integer> turns = new LinkedHashMap<>();
        for (Entry.Turn turn : record.turns()) {
            bySurname.computeIfAbsent(surname(turn.speaker()), k -> new ArrayList<>());
            List<String> names = bySurname.get(surname(turn.speaker()));
            if (!names.contains(turn.speaker())) {
                names.add(turn.speaker());
            }
            turns.merge(surname(turn.speaker()), 1, Integer::sum);
        }
        List<SpeakerGroup> groups = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (Map.Entry<String, List<String>> e : bySurname.entrySet()) {
            // the fullest spelling, in the turns or the Present list, is the best guess at a display name
            // ("N. S. Khrushchev" over "Khrushchev")
            List<String> spellings = new ArrayList<>(e.getValue());
            for (String listed : concat(record.present(), record.guests())) {
                if (surname(listed).equals(e.getKey())) {
                    spellings.add(listed);
                }
            }
            String longest = spellings.stream().reduce((a, b) -> b.length() > a.length() ? b : a).orElseThrow();
            String id = slug(e.getKey());
            for (int n = 2; !ids.add(id); n++) {
                id = slug(e.getKey()) + "-" + n;
            }
            groups.add(new SpeakerGroup(id, longest, e.getValue(), turns.get(e.getKey())));
        }
        return new Proposal(record, groups);
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> out = new ArrayList<>(a);
        out.addAll(b);
        return out;
    }

    /**
     * The key that groups spellings of one person: "N. S. Khrushchev" and "Khrushchev" → "khrushchev",
     * "Liu Shaotsi" → "liu-shaotsi", "Юдин" → "юдин" (lower case, accents and initials dropped).
     */
    static String surname(String written) {
        String[] words = written.strip().split("\\s+");
        List<String> kept = new ArrayList<>();
        for (String w : words) {
            if (!w.matches("\\p{Lu}\\.")) {
                kept.add(w);
            }
        }
        String base = kept.isEmpty() ? written : kept.size() > 1 && !words[0].endsWith(".") ? String.join("-", kept) : kept.get(kept.size() - 1);
        return Normalizer.normalize(base, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
    }

    /** Lower-case a-z, digits and single hyphens, accents dropped: the form ids take. */
    static String slug(String text) {
        String plain = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
        String s = plain.replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        return s.isEmpty() ? "speaker" : s;
    }
}
