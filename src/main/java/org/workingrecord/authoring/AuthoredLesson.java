package org.workingrecord.authoring;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A lesson a teacher writes in the app; its saved versions are {@link LessonVersion}s. */
@Entity
@Table(name = "authored_lesson")
class AuthoredLesson {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "lesson_id", nullable = false)
    private String lessonId;

    @Column(name = "owner_id", nullable = false)
    private Long ownerId;

    @Column(nullable = false)
    private String title;

    @Column(nullable = false)
    private boolean shared;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected AuthoredLesson() {
    }

    AuthoredLesson(String lessonId, long ownerId, String title, Instant now) {
        this.lessonId = lessonId;
        this.ownerId = ownerId;
        this.title = title;
        this.createdAt = now;
        this.updatedAt = now;
    }

    Long id() {
        return id;
    }

    String lessonId() {
        return lessonId;
    }

    long ownerId() {
        return ownerId;
    }

    String title() {
        return title;
    }

    boolean shared() {
        return shared;
    }

    Instant updatedAt() {
        return updatedAt;
    }

    void saved(String newTitle, Instant now) {
        this.title = newTitle;
        this.updatedAt = now;
    }

    void share(boolean on) {
        this.shared = on;
    }
}
