package org.workingrecord.shell;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Fills an address template's variables in order, each value encoded as one path segment. */
final class PathTemplate {

    private PathTemplate() {
    }

    static String fill(String template, Pattern variable, Object... values) {
        Matcher m = variable.matcher(template);
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (m.find()) {
            if (i == values.length) {
                throw new IllegalArgumentException(template + " needs more than " + values.length + " values");
            }
            m.appendReplacement(out, Matcher.quoteReplacement(
                    URLEncoder.encode(String.valueOf(values[i++]), StandardCharsets.UTF_8).replace("+", "%20")));
        }
        m.appendTail(out);
        if (i != values.length) {
            throw new IllegalArgumentException(template + " takes " + i + " values, not " + values.length);
        }
        return out.toString();
    }
}
