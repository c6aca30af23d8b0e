package org.workingrecord.classroom;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

@Entity
@Table(name = "school_class")
class SchoolClass {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false)
    private String name;

    @Column(name = "join_code", nullable = false)
    private String joinCode;

    @Column(name = "joining_locked", nullable = false)
    private boolean joiningLocked;

    @Column(nullable = false)
    private boolean archived;

    @Column(name = "archived_at")
    private Instant archivedAt;

    @Column(name = "owner_id")
    private Long ownerId;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected SchoolClass() {
    }

    SchoolClass(String name, String joinCode, Long ownerId, Instant createdAt) {
        this.name = name;
        this.joinCode = joinCode;
        this.ownerId = ownerId;
        this.createdAt = createdAt;
    }

    Long id() {
        return id;
    }

    String name() {
        return name;
    }

    String joinCode() {
        return joinCode;
    }

    Long ownerId() {
        return ownerId;
    }

    void rename(String name) {
        this.name = name;
    }

    void setJoinCode(String code) {
        this.joinCode = code;
    }

    boolean joiningLocked() {
        return joiningLocked;
    }

    void setJoiningLocked(boolean locked) {
        this.joiningLocked = locked;
    }

    boolean archived() {
        return archived;
    }

    /** Archives the class now, or brings it back (then it is no longer due for deletion). */
    void setArchived(boolean archived, Instant now) {
        if (archived != this.archived) {
            this.archivedAt = archived ? now : null;
        }
        this.archived = archived;
    }

    Instant archivedAt() {
        return archivedAt;
    }
}
