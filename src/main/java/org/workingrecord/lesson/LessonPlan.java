package org.workingrecord.lesson;

import java.util.List;
import java.util.Optional;

/**
 * A lesson as written in {@code lesson-plans/<id>/lesson.yaml}, validated against its sources (one
 * record, or several in the order it lists them; each with the lesson's own annotations added).
 * {@code sequence} is its place in the suggested teaching order (lower first; lessons without one
 * come after those with one).
 */
public record LessonPlan(
        String id,
        String title,
        String level,
        int durationMinutes,
        int sequence,
        String summary,
        List<String> objectives,
        List<SourceRef> sources,
        List<Speaker> speakers,
        List<GlossaryTerm> glossary,
        List<ContextCard> context,
        List<TimelineEvent> timeline,
        List<Stance> stances,
        List<Topic> topics,
        List<Position> positions,
        List<Activity> activities,
        String teacherNotes,
        String teacherGuide) {

    public LessonPlan {
        objectives = List.copyOf(objectives);
        sources = List.copyOf(sources);
        speakers = List.copyOf(speakers);
        glossary = List.copyOf(glossary);
        context = List.copyOf(context);
        timeline = List.copyOf(timeline);
        stances = List.copyOf(stances);
        topics = List.copyOf(topics);
        positions = List.copyOf(positions);
        activities = List.copyOf(activities);
    }

    /** The same lesson under another id: a teacher's lesson is known by its id and version ("council-vote@3"). */
    public LessonPlan withId(String key) {
        return new LessonPlan(key, title, level, durationMinutes, sequence, summary, objectives, sources, speakers, glossary,
                context, timeline, stances, topics, positions, activities, teacherNotes, teacherGuide);
    }

    public Optional<Speaker> speaker(String id) {
        return speakers.stream().filter(s -> s.id().equals(id)).findFirst();
    }

    /** The lesson's speaker for a name as written in the source ("Liu Shaotsi", "Bulganin"). */
    public Optional<Speaker> speakerNamed(String asWritten) {
        return speakers.stream().filter(s -> s.aliases().contains(asWritten)).findFirst();
    }

    /** A topic's title in the lesson's words, or the id where the lesson has no such topic. */
    public String topicTitle(String topicId) {
        return topics.stream().filter(t -> t.id().equals(topicId)).findFirst().map(Topic::title).orElse(topicId);
    }

    /** A stance's label in the lesson's words, or the id where the lesson has no such stance. */
    public String stanceLabel(String stanceId) {
        return stances.stream().filter(s -> s.id().equals(stanceId)).findFirst().map(Stance::label).orElse(stanceId);
    }

    public Optional<Position> position(String speakerId, String topicId) {
        return positions.stream()
                .filter(p -> p.speaker().equals(speakerId) && p.topic().equals(topicId))
                .findFirst();
    }

    /**
     * A record a lesson reads: its pack's id, the text file beside the pack, and what is said about it.
     * {@code glossary} holds the terms explained where they stand in this record (the pack's, then the
     * lesson's own): a pack's note on a word may hold only for its own record.
     */
    public record SourceRef(String id, String file, String citation, List<Provenance> provenance, List<Annotation> annotations,
                            List<GlossaryTerm> glossary) {
        public SourceRef {
            provenance = List.copyOf(provenance);
            annotations = List.copyOf(annotations);
            glossary = List.copyOf(glossary);
        }
    }

    public record Provenance(String label, String text) {
    }

    /** A remark on words in the source, such as a probable editorial intrusion. */
    public record Annotation(String quote, String kind, String note) {
    }

    public record Speaker(String id, String name, List<String> aliases, String role, String bio) {
        public Speaker {
            aliases = List.copyOf(aliases);
        }
    }

    /** A term explained wherever one of its {@code matches} appears in the source. */
    public record GlossaryTerm(String term, String definition, List<String> matches) {
        public GlossaryTerm {
            matches = List.copyOf(matches);
        }
    }

    public record ContextCard(String title, String text) {
    }

    public record TimelineEvent(String date, String text) {
    }

    public record Stance(String id, String label, String description) {
        /** The stance that means "this record does not say". */
        public static final String NOT_STATED = "not-stated";
    }

    public record Topic(String id, String title, String question) {
    }

    /**
     * The key for one speaker on one topic: a stance, the evidence and why. {@code accept} lists
     * other stances a careful reader may defend, for readings the record leaves open.
     */
    public record Position(String speaker, String topic, String stance, List<String> accept, List<String> evidence,
                           String explanation) {
        public Position {
            accept = List.copyOf(accept);
            evidence = List.copyOf(evidence);
        }

        public boolean accepts(String stanceId) {
            return stance.equals(stanceId) || accept.contains(stanceId);
        }
    }
}
