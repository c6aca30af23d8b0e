package org.workingrecord.audit;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One row of the audit log; written once, never changed. */
@Entity
@Table(name = "audit_event")
class AuditEvent {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false)
    private Instant at;

    @Column(name = "actor_id")
    private Long actorId;

    @Column(name = "actor_name", nullable = false)
    private String actorName;

    @Column(name = "actor_admin", nullable = false)
    private boolean actorAdmin;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private AuditAction action;

    @Column(name = "class_id")
    private Long classId;

    @Column(name = "class_name")
    private String className;

    @Column(name = "student_id")
    private Long studentId;

    @Column(nullable = false)
    private String detail;

    protected AuditEvent() {
    }

    AuditEvent(Instant at, Long actorId, String actorName, boolean actorAdmin, AuditAction action, Long classId,
               String className, Long studentId, String detail) {
        this.at = at;
        this.actorId = actorId;
        this.actorName = cut(actorName, 80);
        this.actorAdmin = actorAdmin;
        this.action = action;
        this.classId = classId;
        this.className = className == null ? null : cut(className, 80);
        this.studentId = studentId;
        this.detail = cut(detail, 400);
    }

    private static String cut(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }

    Instant at() {
        return at;
    }

    String actorName() {
        return actorName;
    }

    boolean actorAdmin() {
        return actorAdmin;
    }

    AuditAction action() {
        return action;
    }

    String className() {
        return className;
    }

    Long studentId() {
        return studentId;
    }

    String detail() {
        return detail;
    }
}
