package org.workingrecord.source;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Layout left-overs in digitised records: hidden for display, never removed from the source. */
public final class Markup {

    private static final Pattern MARKUP = Pattern.compile("</?(?:p|u|b|i|br)\\s*/?>|\\*\\*", Pattern.CASE_INSENSITIVE);

    private Markup() {
    }

    public static String hide(String raw) {
        return MARKUP.matcher(raw).replaceAll("");
    }

    /**
     * The text with markup hidden, and for each of its characters the offset in {@code raw} it
     * came from, so a match found in what the reader sees maps back to a verbatim span.
     */
    public static Mapped hideMapped(String raw) {
        StringBuilder text = new StringBuilder(raw.length());
        int[] offsets = new int[raw.length() + 1];
        Matcher m = MARKUP.matcher(raw);
        int pos = 0;
        while (m.find()) {
            for (int i = pos; i < m.start(); i++) {
                offsets[text.length()] = i;
                text.append(raw.charAt(i));
            }
            pos = m.end();
        }
        for (int i = pos; i < raw.length(); i++) {
            offsets[text.length()] = i;
            text.append(raw.charAt(i));
        }
        offsets[text.length()] = raw.length();
        int[] exact = new int[text.length() + 1];
        System.arraycopy(offsets, 0, exact, 0, exact.length);
        return new Mapped(text.toString(), exact);
    }

    /** Display text plus, for each display index (and one past the end), its raw offset. */
    public record Mapped(String text, int[] rawOffsets) {
        public int rawOffset(int displayIndex) {
            return rawOffsets[displayIndex];
        }
    }
}
