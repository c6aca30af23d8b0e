package org.workingrecord.attempt;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** One answer, written when given. {@code revision} guards against two tabs overwriting each other. */
@Entity
@Table(name = "answer")
class StoredAnswer {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "attempt_id", nullable = false)
    private Long attemptId;

    @Column(name = "question_key", nullable = false)
    private String questionKey;

    @Column(name = "value_text", nullable = false)
    private String valueText;

    @Version
    @Column(nullable = false)
    private int revision;

    @Column(name = "saved_at", nullable = false)
    private Instant savedAt;

    @Column(nullable = false)
    private boolean checked;

    @Column(name = "teacher_points")
    private Integer teacherPoints;

    @Column(name = "teacher_comment")
    private String teacherComment;

    protected StoredAnswer() {
    }

    StoredAnswer(Long attemptId, String questionKey) {
        this.attemptId = attemptId;
        this.questionKey = questionKey;
    }

    Long attemptId() {
        return attemptId;
    }

    String questionKey() {
        return questionKey;
    }

    String valueText() {
        return valueText;
    }

    int revision() {
        return revision;
    }

    Instant savedAt() {
        return savedAt;
    }

    boolean checked() {
        return checked;
    }

    Integer teacherPoints() {
        return teacherPoints;
    }

    String teacherComment() {
        return teacherComment;
    }

    void set(String value, Instant at) {
        this.valueText = value;
        this.savedAt = at;
    }

    void markChecked() {
        this.checked = true;
    }

    void grade(Integer points, String comment) {
        this.teacherPoints = points;
        this.teacherComment = comment;
    }
}
