package org.workingrecord.classroom;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A student: the name they typed and a hashed resume code. Nothing else about a minor is stored. */
@Entity
@Table(name = "student")
class Student {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "class_id", nullable = false)
    private Long classId;

    @Column(name = "display_name", nullable = false)
    private String displayName;

    @Column(name = "name_key", nullable = false)
    private String nameKey;

    @Column(name = "resume_code_hash", nullable = false)
    private String resumeCodeHash;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected Student() {
    }

    Student(Long classId, String displayName, String nameKey, String resumeCodeHash, Instant createdAt) {
        this.classId = classId;
        this.displayName = displayName;
        this.nameKey = nameKey;
        this.resumeCodeHash = resumeCodeHash;
        this.createdAt = createdAt;
    }

    Long id() {
        return id;
    }

    Long classId() {
        return classId;
    }

    String displayName() {
        return displayName;
    }

    Instant createdAt() {
        return createdAt;
    }

    void setResumeCodeHash(String hash) {
        this.resumeCodeHash = hash;
    }

    String resumeCodeHash() {
        return resumeCodeHash;
    }
}
