package org.workingrecord.shell;

/** Text from lessons and users put into HTML that the server writes itself: always escaped. */
public final class Html {

    private Html() {
    }

    /** Escapes text for use in element content and in double- or single-quoted attributes. */
    public static String esc(String s) {
        StringBuilder b = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> b.append(c);
            }
        }
        return b.toString();
    }
}
