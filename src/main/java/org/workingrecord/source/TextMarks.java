package org.workingrecord.source;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits a reading line into runs of text for display: what was underlined in the original, the
 * editor's [completions] and {insertions}, and phrases a lesson explains (glossary terms, notes).
 * The runs, put together, are exactly the line with layout markup hidden.
 */
public final class TextMarks {

    private static final Pattern UNDERLINE = Pattern.compile("<u>(.*?)</u>", Pattern.CASE_INSENSITIVE);
    private static final Pattern COMPLETION = Pattern.compile("\\[[^\\[\\]]*]");
    private static final Pattern INSERTION = Pattern.compile("\\{[^{}]*}");

    public enum Mark { NONE, COMPLETION, INSERTION }

    /** A run of display text; {@code phrase} names the explained phrase it belongs to, or is null. */
    public record Run(String text, boolean underlined, Mark mark, String phrase) {
    }

    private TextMarks() {
    }

    /**
     * @param raw     a reading line as in the source
     * @param phrases words to explain, mapped to a key the caller understands (matched as whole words)
     */
    public static List<Run> runs(String raw, Map<String, String> phrases) {
        Markup.Mapped mapped = Markup.hideMapped(raw);
        String text = mapped.text();
        int n = text.length();
        boolean[] underlined = new boolean[n];
        Matcher u = UNDERLINE.matcher(raw);
        while (u.find()) {
            for (int i = 0; i < n; i++) {
                int r = mapped.rawOffset(i);
                if (r >= u.start(1) && r < u.end(1)) {
                    underlined[i] = true;
                }
            }
        }
        Mark[] marks = new Mark[n];
        Arrays.fill(marks, Mark.NONE);
        paint(marks, COMPLETION.matcher(text), Mark.COMPLETION);
        paint(marks, INSERTION.matcher(text), Mark.INSERTION);
        String[] phraseAt = new String[n];
        for (Map.Entry<String, String> p : phrases.entrySet()) {
            Matcher m = Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(p.getKey()) + "(?![\\p{L}\\p{N}])").matcher(text);
            while (m.find()) {
                boolean free = true;
                for (int i = m.start(); i < m.end(); i++) {
                    free &= phraseAt[i] == null;
                }
                if (free) {
                    for (int i = m.start(); i < m.end(); i++) {
                        phraseAt[i] = p.getValue();
                    }
                }
            }
        }
        List<Run> runs = new ArrayList<>();
        int start = 0;
        for (int i = 1; i <= n; i++) {
            if (i == n || underlined[i] != underlined[start] || marks[i] != marks[start]
                    || !Objects.equals(phraseAt[i], phraseAt[start])) {
                runs.add(new Run(text.substring(start, i), underlined[start], marks[start], phraseAt[start]));
                start = i;
            }
        }
        return runs;
    }

    private static void paint(Mark[] marks, Matcher m, Mark mark) {
        while (m.find()) {
            for (int i = m.start(); i < m.end(); i++) {
                marks[i] = mark;
            }
        }
    }
}
