package org.workingrecord.authoring;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.workingrecord.lesson.LessonPlan.Speaker;
import org.workingrecord.lesson.LessonSources;
import org.workingrecord.lesson.LoadedLesson;
import org.workingrecord.lesson.Question;
import org.workingrecord.source.Entry;
import org.workingrecord.source.Markup;
import org.workingrecord.shell.Words;

/**
 * A question made from the record itself: the teacher gives words of the record (typed or pasted) or a line
 * ("16", "B5"), and the key comes from the record, so it is right by construction: a "who said it" is keyed
 * to the speaker of the turn the words stand in, a "find the line" to those words, a true-or-false to its
 * evidence. The result is the question as the lesson's YAML holds it, or what is wrong in the teacher's words.
 */
public final class QuestionBuilder {

    public enum Kind { WHO_SAID_IT, PICK_EVIDENCE, TRUE_FALSE, ORDER, OPEN }

    /**
     * What the teacher gave. {@code words} or {@code line} (the line wins when both are given); {@code notInRecord}
     * makes a "who said it" on words the record does not hold, keyed "Not stated in this record".
     */
    public record Request(Kind kind, String prompt, String words, String line, boolean notInRecord, boolean statementTrue,
                          String modelAnswer) {
    }

    /** The question as YAML holds it, or (when it is null) the problem. */
    public record Built(Map<String, Object> question, String problem) {
        static Built problem(String key, Object... args) {
            return new Built(null, Words.get(key, args));
        }
    }

    private QuestionBuilder() {
    }

    public static Built build(LoadedLesson lesson, String questionId, Request r) {
        Map<String, Object> q = new LinkedHashMap<>();
        q.put("id", questionId);
        if (r.kind() == Kind.OPEN) {
            if (r.prompt().isBlank() || r.modelAnswer().isBlank()) {
                return Built.problem("builder.problem.open");
            }
            q.put("type", "open");
            q.put("prompt", r.prompt().strip());
            q.put("model-answer", r.modelAnswer().strip());
            q.put("rubric", List.of(
                    rubric(Words.get("starter.rubric.full"), 2, Words.get("builder.rubric.full")),
                    rubric(Words.get("starter.rubric.partial"), 1, Words.get("builder.rubric.partial")),
                    rubric(Words.get("starter.rubric.not-yet"), 0, Words.get("starter.rubric.not-yet.text"))));
            return new Built(q, null);
        }
        LessonSources sources = lesson.sources();
        if (r.kind() == Kind.ORDER) {
            return order(q, sources, r);
        }
        String words = r.words().strip();
        if (!r.line().isBlank()) {
            Optional<Integer> place = sources.place(r.line().strip());
            if (place.isEmpty()) {
                return Built.problem("builder.problem.line", r.line().strip());
            }
            words = Markup.hide(sources.line(place.get()).orElseThrow().segment().raw()).replaceAll("\\s+", " ").strip();
        }
        if (words.isEmpty()) {
            return Built.problem("builder.problem.words");
        }
        Optional<LessonSources.Found> found = sources.find(words);
        if (r.kind() == Kind.WHO_SAID_IT && !r.line().isBlank() && found.isPresent()) {
            // a line that opens with its speaker's name ("Comrade Zhukov. ...") would give the answer away
            String label = found.get().turn().map(Entry.Turn::label).map(Markup::hide).map(String::strip).orElse("");
            if (!label.isEmpty() && words.startsWith(label) && words.length() > label.length()) {
                words = words.substring(label.length()).strip();
                found = sources.find(words);
            }
        }
        if (r.kind() == Kind.WHO_SAID_IT && r.notInRecord()) {
            if (found.isPresent()) {
                return Built.problem("builder.problem.in-record");
            }
            return whoSaidIt(q, r, words, Question.NOT_IN_RECORD, Words.get("builder.explain.not-in-record"));
        }
        if (found.isEmpty()) {
            return sources.withTheSourcesDashes(words).map(w -> Built.problem("builder.problem.dashes", w))
                    .orElseGet(() -> Built.problem("builder.problem.not-found"));
        }
        String where = sources.label(found.get().places());
        return switch (r.kind()) {
            case WHO_SAID_IT -> {
                Optional<Entry.Turn> turn = found.get().turn();
                Optional<Speaker> speaker = turn.flatMap(t -> lesson.plan().speakerNamed(t.speaker()));
                if (speaker.isEmpty()) {
                    yield Built.problem("builder.problem.no-turn");
                }
                yield whoSaidIt(q, r, words, speaker.get().id(), Words.get("builder.explain.who", speaker.get().name(), where));
            }
            case PICK_EVIDENCE -> {
                if (r.prompt().isBlank()) {
                    yield Built.problem("builder.problem.prompt");
                }
                q.put("type", "pick-evidence");
                q.put("prompt", r.prompt().strip());
                q.put("answers", List.of(words));
                q.put("explanation", Words.get("builder.explain.line", where));
                yield new Built(q, null);
            }
            case TRUE_FALSE -> {
                if (r.prompt().isBlank()) {
                    yield Built.problem("builder.problem.statement");
                }
                q.put("type", "true-false");
                q.put("prompt", r.prompt().strip());
                q.put("answer", r.statementTrue());
                q.put("evidence", words);
                q.put("explanation", Words.get(r.statementTrue() ? "builder.explain.true" : "builder.explain.false", where));
                yield new Built(q, null);
            }
            case OPEN, ORDER -> throw new IllegalStateException("built above");
        };
    }

    /** Statements given one per line, listed in the order the record has them: the key is the record's own order. */
    private static Built order(Map<String, Object> q, LessonSources sources, Request r) {
        List<String> statements = r.words().lines().map(String::strip).filter(l -> !l.isEmpty()).distinct().toList();
        if (statements.size() < 2 || statements.size() > 8) {
            return Built.problem("builder.problem.order-count");
        }
        List<Map.Entry<Long, String>> placed = new ArrayList<>();
        List<String> lines = new ArrayList<>();
        for (String s : statements) {
            Optional<LessonSources.Found> found = sources.find(s);
            if (found.isEmpty()) {
                return Built.problem("builder.problem.order-missing", s);
            }
            placed.add(Map.entry(((long) found.get().text().offset() << 32) + found.get().span().start(), s));
        }
        placed.sort(Map.Entry.comparingByKey());
        List<Map<String, Object>> items = new ArrayList<>();
        for (Map.Entry<Long, String> e : placed) {
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("text", e.getValue());
            item.put("quote", e.getValue());
            items.add(item);
            lines.add(sources.label(sources.places(e.getValue())));
        }
        q.put("type", "order");
        q.put("prompt", r.prompt().isBlank() ? Words.get("builder.order.prompt") : r.prompt().strip());
        q.put("items", items);
        q.put("explanation", Words.get("builder.explain.order", String.join(", ", lines)));
        return new Built(q, null);
    }

    private static Built whoSaidIt(Map<String, Object> q, Request r, String words, String answer, String explanation) {
        q.put("type", "who-said-it");
        q.put("prompt", r.prompt().isBlank() ? Words.get("starter.who.prompt") : r.prompt().strip());
        q.put("quote", words);
        q.put("answer", answer);
        q.put("explanation", explanation);
        return new Built(q, null);
    }

    /** One level of a rubric, keys in the order the lesson files write them. */
    static Map<String, Object> rubric(String level, int points, String descriptor) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("level", level);
        m.put("points", points);
        m.put("descriptor", descriptor);
        return m;
    }
}
