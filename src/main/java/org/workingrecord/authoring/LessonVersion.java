package org.workingrecord.authoring;

import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * One saved version of a teacher's lesson: its {@code lesson.yaml} and teacher guide as written, the
 * versions of the teachers' sources it was checked against, and whether it loaded without problems.
 * Only publishing changes a version, once.
 */
@Entity
@Table(name = "authored_lesson_version")
class LessonVersion {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "lesson_ref", nullable = false)
    private Long lessonRef;

    @Column(nullable = false)
    private int number;

    @Column(name = "lesson_yaml", nullable = false)
    private String lessonYaml;

    @Column(nullable = false)
    private String guide;

    @Column(name = "source_versions", nullable = false)
    private String sourceVersions;

    @Column(nullable = false)
    private boolean clean;

    @Column(name = "published_at")
    private Instant publishedAt;

    @Column(name = "saved_at", nullable = false)
    private Instant savedAt;

    protected LessonVersion() {
    }

    LessonVersion(long lessonRef, int number, String lessonYaml, String guide, Map<String, Integer> sourceVersions,
                  boolean clean, Instant savedAt) {
        this.lessonRef = lessonRef;
        this.number = number;
        this.lessonYaml = lessonYaml;
        this.guide = guide;
        this.sourceVersions = sourceVersions.entrySet().stream().map(e -> e.getKey() + ":" + e.getValue())
                .collect(Collectors.joining(" ", " ", " "));
        this.clean = clean;
        this.savedAt = savedAt;
    }

    /** How the column names a source's pack, for finding the lessons that use it. */
    static String sourceMark(String packId) {
        return " " + packId + ":";
    }

    int number() {
        return number;
    }

    String lessonYaml() {
        return lessonYaml;
    }

    String guide() {
        return guide;
    }

    /** The teachers' sources (by pack id) at the version this lesson version was checked against. */
    Map<String, Integer> sourceVersions() {
        Map<String, Integer> out = new LinkedHashMap<>();
        Arrays.stream(sourceVersions.strip().split(" ")).filter(s -> !s.isEmpty()).forEach(s -> {
            int colon = s.lastIndexOf(':');
            out.put(s.substring(0, colon), Integer.parseInt(s.substring(colon + 1)));
        });
        return out;
    }

    boolean clean() {
        return clean;
    }

    boolean published() {
        return publishedAt != null;
    }

    Instant publishedAt() {
        return publishedAt;
    }

    Instant savedAt() {
        return savedAt;
    }

    void publish(Instant now) {
        this.publishedAt = now;
    }
}
