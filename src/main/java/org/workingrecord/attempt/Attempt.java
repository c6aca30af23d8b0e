package org.workingrecord.attempt;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One student's work on one assignment. */
@Entity
@Table(name = "attempt")
class Attempt {

    enum Status { IN_PROGRESS, SUBMITTED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "assignment_id", nullable = false)
    private Long assignmentId;

    @Column(name = "student_id", nullable = false)
    private Long studentId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Status status;

    @Column(name = "started_at", nullable = false)
    private Instant startedAt;

    @Column(name = "submitted_at")
    private Instant submittedAt;

    @Column(name = "grades_released", nullable = false)
    private boolean gradesReleased;

    /** Where the student last was: the step, and within a guided reading the speaker. */
    @Column(name = "position_step")
    private Integer positionStep;

    @Column(name = "position_part")
    private Integer positionPart;

    protected Attempt() {
    }

    Attempt(Long assignmentId, Long studentId, Instant startedAt) {
        this.assignmentId = assignmentId;
        this.studentId = studentId;
        this.status = Status.IN_PROGRESS;
        this.startedAt = startedAt;
    }

    Long id() {
        return id;
    }

    Long assignmentId() {
        return assignmentId;
    }

    Long studentId() {
        return studentId;
    }

    Status status() {
        return status;
    }

    Instant submittedAt() {
        return submittedAt;
    }

    boolean gradesReleased() {
        return gradesReleased;
    }

    void submit(Instant at) {
        status = Status.SUBMITTED;
        submittedAt = at;
    }

    void reopen() {
        status = Status.IN_PROGRESS;
        submittedAt = null;
    }

    int positionStep() {
        return positionStep == null ? 0 : positionStep;
    }

    int positionPart() {
        return positionPart == null ? 0 : positionPart;
    }

    void releaseGrades() {
        gradesReleased = true;
    }
}
