package org.workingrecord.classroom;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

@Entity
@Table(name = "assignment")
class Assignment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "class_id", nullable = false)
    private Long classId;

    @Column(name = "lesson_id", nullable = false)
    private String lessonId;

    @Column(name = "due_date")
    private LocalDate dueDate;

    @Enumerated(EnumType.STRING)
    @Column(name = "feedback_mode", nullable = false)
    private FeedbackMode feedbackMode;

    /** The included activity ids, comma-separated, in lesson order. */
    @Column(nullable = false)
    private String activities;

    @Column(nullable = false)
    private boolean withdrawn;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected Assignment() {
    }

    Assignment(Long classId, String lessonId, LocalDate dueDate, FeedbackMode mode, List<String> activities, Instant createdAt) {
        this.classId = classId;
        this.lessonId = lessonId;
        this.dueDate = dueDate;
        this.feedbackMode = mode;
        this.activities = String.join(",", activities);
        this.createdAt = createdAt;
    }

    AssignmentInfo info() {
        return new AssignmentInfo(id, classId, lessonId, dueDate, feedbackMode,
                activities.isEmpty() ? List.of() : Arrays.asList(activities.split(",")), withdrawn);
    }

    Long classId() {
        return classId;
    }

    boolean withdrawn() {
        return withdrawn;
    }

    /** Another version of the same teacher's lesson ("council-vote@3" for "council-vote@2"). */
    void changeLesson(String key) {
        this.lessonId = key;
    }

    void setWithdrawn(boolean withdrawn) {
        this.withdrawn = withdrawn;
    }

    void update(LocalDate dueDate, FeedbackMode mode) {
        this.dueDate = dueDate;
        this.feedbackMode = mode;
    }
}
