package org.workingrecord.authoring;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.workingrecord.lesson.LessonPlan;
import org.workingrecord.lesson.LessonPlan.Speaker;
import org.workingrecord.lesson.LessonPlan.Stance;
import org.workingrecord.lesson.LessonSources;
import org.workingrecord.lesson.LoadedLesson;
import org.workingrecord.shell.Words;

/**
 * "Where does each speaker stand?" on one topic, filled in cell by cell: for each speaker the teacher
 * chooses a stance and gives the words of that speaker's that show it, so every key is backed by a
 * quotation by construction ("Not stated in this record" needs none). The result is what the lesson's YAML
 * gains: the stances it does not have yet, the topic, a position per speaker, and the grid question.
 */
public final class PositionsBuilder {

    /** One speaker's cell: the stance's label (or {@link Stance#NOT_STATED}) and the words that show it. */
    public record Cell(String speakerId, String stance, String evidence) {
    }

    public record Request(String topicTitle, String topicQuestion, List<String> stanceLabels, List<Cell> cells) {
        public Request {
            stanceLabels = List.copyOf(stanceLabels);
            cells = List.copyOf(cells);
        }
    }

    /** What to add to the lesson's top-level lists and its question set, or (when {@code problem} is set) why not. */
    public record Built(List<Map<String, Object>> stances, Map<String, Object> topic, List<Map<String, Object>> positions,
                        Map<String, Object> question, String problem) {
    }

    private PositionsBuilder() {
    }

    public static Built build(LoadedLesson lesson, String topicId, String questionId, Request r) {
        LessonPlan plan = lesson.plan();
        List<Cell> cells = r.cells().stream().filter(c -> !c.stance().isBlank()).toList();
        if (r.topicTitle().isBlank() || r.topicQuestion().isBlank()) {
            return problem("builder.positions.topic");
        }
        if (cells.isEmpty()) {
            return problem("builder.positions.none");
        }
        Map<String, String> stanceIds = new LinkedHashMap<>();
        plan.stances().forEach(s -> stanceIds.put(s.label(), s.id()));
        List<Map<String, Object>> newStances = new ArrayList<>();
        Set<String> ids = new HashSet<>(stanceIds.values());
        for (String label : r.stanceLabels()) {
            if (!label.isBlank() && !stanceIds.containsKey(label.strip())) {
                String id = Proposal.slug(label);
                for (int n = 2; ids.contains(id); n++) {
                    id = Proposal.slug(label) + "-" + n;
                }
                ids.add(id);
                stanceIds.put(label.strip(), id);
                newStances.add(entry("id", id, "label", label.strip(), "description", label.strip()));
            }
        }
        if (cells.stream().anyMatch(c -> c.stance().equals(Stance.NOT_STATED)) && !ids.contains(Stance.NOT_STATED)) {
            newStances.add(entry("id", Stance.NOT_STATED, "label", Words.get("builder.positions.not-stated"),
                    "description", Words.get("builder.positions.not-stated.description")));
        }
        LessonSources sources = lesson.sources();
        List<Map<String, Object>> positions = new ArrayList<>();
        for (Cell c : cells) {
            Speaker speaker = plan.speaker(c.speakerId()).orElseThrow();
            Map<String, Object> p = entry("speaker", c.speakerId(), "topic", topicId, "stance",
                    c.stance().equals(Stance.NOT_STATED) ? Stance.NOT_STATED : stanceIds.get(c.stance()));
            if (p.get("stance") == null) {
                return problem("builder.positions.stance", speaker.name(), c.stance());
            }
            if (c.stance().equals(Stance.NOT_STATED)) {
                p.put("explanation", Words.get("builder.positions.explain.silent", speaker.name()));
            } else {
                String words = c.evidence().strip();
                Optional<LessonSources.Found> found = words.isEmpty() ? Optional.empty() : sources.find(words);
                if (found.isEmpty()) {
                    return problem("builder.positions.evidence", speaker.name());
                }
                Optional<Speaker> by = found.get().turn().flatMap(t -> plan.speakerNamed(t.speaker()));
                if (by.isEmpty() || !by.get().id().equals(c.speakerId())) {
                    return problem("builder.positions.not-theirs", speaker.name(), by.map(Speaker::name).orElse("—"));
                }
                p.put("evidence", List.of(words));
                p.put("explanation", Words.get("builder.positions.explain", speaker.name(), words,
                        sources.label(found.get().places())));
            }
            positions.add(p);
        }
        Map<String, Object> topic = entry("id", topicId, "title", r.topicTitle().strip(), "question", r.topicQuestion().strip());
        Map<String, Object> question = new LinkedHashMap<>();
        question.put("id", questionId);
        question.put("type", "positions-grid");
        question.put("prompt", r.topicQuestion().strip());
        question.put("speakers", cells.stream().map(Cell::speakerId).toList());
        question.put("topics", List.of(topicId));
        question.put("explanation", Words.get("builder.positions.explain.grid"));
        return new Built(newStances, topic, positions, question, null);
    }

    private static Built problem(String key, Object... args) {
        return new Built(null, null, null, null, Words.get(key, args));
    }

    private static Map<String, Object> entry(String k1, Object v1, String k2, Object v2, String k3, Object v3) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put(k1, v1);
        m.put(k2, v2);
        m.put(k3, v3);
        return m;
    }
}
