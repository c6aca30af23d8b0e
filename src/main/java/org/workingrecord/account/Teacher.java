package org.workingrecord.account;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

@Entity
@Table(name = "teacher")
class Teacher {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false)
    private String username;

    @Column(name = "display_name", nullable = false)
    private String displayName;

    @Column(name = "password_hash", nullable = false)
    private String passwordHash;

    @Column(nullable = false)
    private boolean administrator;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected Teacher() {
    }

    Teacher(String username, String displayName, String passwordHash, boolean administrator, Instant createdAt) {
        this.username = username;
        this.displayName = displayName;
        this.passwordHash = passwordHash;
        this.administrator = administrator;
        this.createdAt = createdAt;
    }

    TeacherInfo info() {
        return new TeacherInfo(id, username, displayName, administrator);
    }

    String username() {
        return username;
    }

    String passwordHash() {
        return passwordHash;
    }

    boolean administrator() {
        return administrator;
    }
}
