package org.workingrecord.grading;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.StringJoiner;

/**
 * A student's answer to one question, as named fields ("speaker" → "zhukov", "bulganin/mikoyan" →
 * "critical", "text" → "..."). One form for every question kind, stored as a single text column.
 */
public record AnswerValue(Map<String, String> fields) {

    public AnswerValue {
        fields = Map.copyOf(fields);
    }

    public static AnswerValue of(String... keysAndValues) {
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i + 1 < keysAndValues.length; i += 2) {
            map.put(keysAndValues[i], keysAndValues[i + 1]);
        }
        return new AnswerValue(map);
    }

    public Optional<String> get(String key) {
        return Optional.ofNullable(fields.get(key)).filter(v -> !v.isBlank());
    }

    public boolean isEmpty() {
        return fields.values().stream().allMatch(String::isBlank);
    }

    public AnswerValue with(String key, String value) {
        Map<String, String> map = new LinkedHashMap<>(fields);
        map.put(key, value);
        return new AnswerValue(map);
    }

    /** {@code key=value&...}, keys sorted, so equal answers encode equally. */
    public String encode() {
        StringJoiner out = new StringJoiner("&");
        fields.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> out.add(
                URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)));
        return out.toString();
    }

    public static AnswerValue decode(String encoded) {
        Map<String, String> map = new LinkedHashMap<>();
        if (encoded != null && !encoded.isEmpty()) {
            for (String pair : encoded.split("&")) {
                int eq = pair.indexOf('=');
                String key = eq < 0 ? pair : pair.substring(0, eq);
                String value = eq < 0 ? "" : pair.substring(eq + 1);
                map.put(URLDecoder.decode(key, StandardCharsets.UTF_8), URLDecoder.decode(value, StandardCharsets.UTF_8));
            }
        }
        return new AnswerValue(map);
    }
}
