package org.workingrecord.authoring;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** A lesson a teacher writes in the app; its saved versions are {@link LessonVersion}s. */
@Entity
@Table(name = "authored_lesson")
class AuthoredLesson extends Authored {

    @Column(name = "lesson_id", nullable = false)
    private String lessonId;

    protected AuthoredLesson() {
    }

    AuthoredLesson(String lessonId, long ownerId, String title, Instant now) {
        super(ownerId, title, now);
        this.lessonId = lessonId;
    }

    String lessonId() {
        return lessonId;
    }
}
