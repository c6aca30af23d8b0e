package org.workingrecord.grading;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.StringJoiner;
import java.util.TreeMap;

import org.workingrecord.lesson.Question;

/**
 * How an {@link Answer} is stored: one text of {@code name=value} fields joined by {@code &}, names sorted,
 * so equal answers store equally ("option=2", "speaker=zhukov", "bulganin/mikoyan=critical&zhukov/nagy=hard",
 * "order=2,0,1", "text=..."). Reading is forgiving: a field that does not fit the question (a lesson
 * changed since, a hand-edited row) is left blank instead of failing the student's page.
 */
public final class AnswerCodec {

    private AnswerCodec() {
    }

    public static String encode(Answer answer) {
        Map<String, String> fields = new TreeMap<>();
        switch (answer) {
            case Answer.Choice c -> c.option().ifPresent(i -> fields.put("option", String.valueOf(i)));
            case Answer.WhoSaidIt w -> w.speaker().ifPresent(s -> fields.put("speaker", s));
            case Answer.TrueFalse t -> t.value().ifPresent(b -> fields.put("value", String.valueOf(b)));
            case Answer.Evidence e -> e.line().ifPresent(l -> fields.put("line", String.valueOf(l)));
            case Answer.Matching m -> m.speakers().forEach((i, s) -> fields.put(String.valueOf(i), s));
            case Answer.Grid g -> g.stances().forEach((cell, s) -> fields.put(cell.speaker() + "/" + cell.topic(), s));
            case Answer.Order o -> {
                if (!o.order().isEmpty()) {
                    StringJoiner order = new StringJoiner(",");
                    o.order().forEach(i -> order.add(String.valueOf(i)));
                    fields.put("order", order.toString());
                }
            }
            case Answer.Open o -> {
                if (!o.text().isBlank()) {
                    fields.put("text", o.text());
                }
            }
        }
        StringJoiner out = new StringJoiner("&");
        fields.forEach((k, v) -> out.add(URLEncoder.encode(k, StandardCharsets.UTF_8) + "=" + URLEncoder.encode(v, StandardCharsets.UTF_8)));
        return out.toString();
    }

    /** The stored text read as an answer to this question; null or empty text is a blank answer. */
    public static Answer decode(Question question, String stored) {
        Map<String, String> f = fields(stored);
        return switch (question) {
            case Question.Choice c -> new Answer.Choice(number(f.get("option")).stream()
                    .filter(i -> i >= 0 && i < c.options().size()).findFirst());
            case Question.WhoSaidIt w -> new Answer.WhoSaidIt(Optional.ofNullable(f.get("speaker")));
            case Question.TrueFalse t -> new Answer.TrueFalse(Optional.ofNullable(f.get("value"))
                    .filter(v -> v.equals("true") || v.equals("false")).map(Boolean::valueOf));
            case Question.PickEvidence p -> new Answer.Evidence(number(f.get("line")).stream().filter(l -> l > 0).findFirst());
            case Question.Matching m -> {
                Map<Integer, String> speakers = new LinkedHashMap<>();
                for (int i = 0; i < m.pairs().size(); i++) {
                    String s = f.get(String.valueOf(i));
                    if (s != null) {
                        speakers.put(i, s);
                    }
                }
                yield new Answer.Matching(speakers);
            }
            case Question.PositionsGrid g -> {
                Map<Answer.Cell, String> stances = new LinkedHashMap<>();
                for (String s : g.speakers()) {
                    for (String t : g.topics()) {
                        String v = f.get(s + "/" + t);
                        if (v != null) {
                            stances.put(new Answer.Cell(s, t), v);
                        }
                    }
                }
                yield new Answer.Grid(stances);
            }
            case Question.Order o -> {
                List<Integer> order = new ArrayList<>();
                String v = f.get("order");
                if (v != null) {
                    for (String part : v.split(",")) {
                        number(part).stream().filter(i -> i >= 0 && i < o.items().size() && !order.contains(i))
                                .forEach(order::add);
                    }
                }
                yield new Answer.Order(order);
            }
            case Question.Open o -> new Answer.Open(f.getOrDefault("text", ""));
        };
    }

    /** The fields of a stored text, blank values left out. */
    private static Map<String, String> fields(String stored) {
        Map<String, String> map = new LinkedHashMap<>();
        if (stored != null && !stored.isEmpty()) {
            for (String pair : stored.split("&")) {
                int eq = pair.indexOf('=');
                String key = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
                String value = URLDecoder.decode(eq < 0 ? "" : pair.substring(eq + 1), StandardCharsets.UTF_8);
                if (!value.isBlank()) {
                    map.put(key, value);
                }
            }
        }
        return map;
    }

    private static OptionalInt number(String text) {
        if (text == null) {
            return OptionalInt.empty();
        }
        try {
            return OptionalInt.of(Integer.parseInt(text.strip()));
        } catch (NumberFormatException e) {
            return OptionalInt.empty();
        }
    }
}
