package org.workingrecord.lesson;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;


/**
 * Words in quotation marks in a lesson's prose (explanations, notices, model answers, rubric,
 * teacher guide) are presented as the source's words, so they must be in the source: verbatim,
 * tolerant only of white space, quote and dash style. Checked: a quotation of three words or more
 * in double quotes (straight or curly); a quotation with an omission ("... ") is checked part by
 * part. Not checked: a quotation that is, word for word, another text of the same lesson (an
 * option, a title, a sentence starter: the lesson quoting itself), and the lesson's own list of
 * deliberate non-source quotations ({@code not-from-the-source:}, for a distractor or another
 * translation's wording). A line reference right after a quotation ("..." (line 23)) must point at
 * a line the quoted words stand on.
 */
final class ProseQuotes {

    static final int MIN_WORDS = 3;
    private static final Pattern QUOTE = Pattern.compile("[\"“]([^\"“”]{1,400})[\"”]");
    private static final Pattern LINE_REF = Pattern.compile("^[\\s,.;:]{0,3}\\(?(?:in |on )?lines? ([A-Fa-f]?\\d+)\\b");
    private static final Pattern OMISSION = Pattern.compile("\\s*(?:\\.\\.\\.|…)\\s*");

    private ProseQuotes() {
    }

    record Finding(int lineOffset, String message) {
    }

    /**
     * The quotations in {@code text} that are not the source's words; {@code lineOffset} of each
     * finding counts lines from the start of the text.
     */
    static List<Finding> check(String text, LessonSources index, Set<String> exempt) {
        List<Finding> findings = new ArrayList<>();
        Matcher m = QUOTE.matcher(text);
        while (m.find()) {
            String quoted = m.group(1).strip();
            if (quoted.split("\\s+").length < MIN_WORDS) {
                continue;
            }
            // the lesson quoting itself, or a listed non-source quotation: not required to be the
            // source's words, but where it is, a line reference after it must still be right
            boolean mayDiffer = exempt.contains(key(quoted));
            int offset = lineOffset(text, m.start());
            Optional<LessonSources.Found> first = Optional.empty();
            LessonSources.Found last = null;
            boolean found = true;
            for (String part : OMISSION.split(quoted)) {
                String words = trimPunctuation(part);
                if (words.isEmpty()) {
                    continue;
                }
                Optional<LessonSources.Found> span = index.find(words);
                if (span.isEmpty() && !index.foundIgnoringDashes(words)) {
                    found = false;
                    if (mayDiffer) {
                        break;
                    }
                    findings.add(new Finding(offset, "\"" + abbreviate(quoted) + "\" is in quotation marks but not in the source:"
                            + " quote the source's exact words (spaces, quote marks and dashes may differ, nothing else),"
                            + " or, if it is deliberately not the source's wording, list it under not-from-the-source"));
                    break;
                }
                if (span.isPresent()) {
                    if (first.isEmpty()) {
                        first = span;
                    }
                    last = span.get();
                }
            }
            if (!found || first.isEmpty()) {
                continue;
            }
            Matcher ref = LINE_REF.matcher(text.substring(m.end()));
            if (ref.find()) {
                // "line 23" with one record; "line B7" (or "line 7" where B is the only record with the words) with several
                int from = first.get().places().get(0);
                int to = last.places().get(last.places().size() - 1);
                String cited = ref.group(1);
                Optional<Integer> place = index.place(cited);
                if (index.several() && Character.isDigit(cited.charAt(0)) && first.get().text() == last.text()) {
                    place = index.place(first.get().text().letter() + cited);
                }
                if (place.isEmpty() || place.get() < from || place.get() > to) {
                    String at = from == to ? "line " + index.label(from) : "lines " + index.label(from) + " to " + index.label(to);
                    findings.add(new Finding(offset, "\"" + abbreviate(quoted) + "\" is on " + at + " of the source, not line " + cited));
                }
            }
        }
        return findings;
    }

    /** How another text of the lesson is compared with a quotation: case, spaces and end punctuation aside. */
    static String key(String text) {
        return trimPunctuation(text.replace('“', '"').replace('”', '"').replaceAll("\\s+", " ")).toLowerCase(Locale.ROOT);
    }

    private static String trimPunctuation(String s) {
        return s.strip().replaceAll("^[\\s.,;:…]+|[\\s.,;:…]+$", "");
    }

    private static int lineOffset(String text, int at) {
        int lines = 0;
        for (int i = 0; i < at; i++) {
            if (text.charAt(i) == '\n') {
                lines++;
            }
        }
        return lines;
    }

    /** On one line (a quotation may run over a line break of the file), at most 60 characters. */
    private static String abbreviate(String quoted) {
        String s = quoted.strip().replaceAll("\\s+", " ");
        return s.length() > 60 ? s.substring(0, 57) + "..." : s;
    }
}
