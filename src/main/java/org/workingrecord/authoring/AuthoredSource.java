package org.workingrecord.authoring;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A record a teacher brought, with the text exactly as it came; its pack's versions are {@link SourceVersion}s. */
@Entity
@Table(name = "authored_source")
class AuthoredSource {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "pack_id", nullable = false)
    private String packId;

    @Column(name = "owner_id", nullable = false)
    private Long ownerId;

    @Column(nullable = false)
    private String title;

    @Column(nullable = false)
    private boolean shared;

    @Column(name = "record_text", nullable = false)
    private String recordText;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected AuthoredSource() {
    }

    AuthoredSource(String packId, long ownerId, String title, String recordText, Instant now) {
        this.packId = packId;
        this.ownerId = ownerId;
        this.title = title;
        this.recordText = recordText;
        this.createdAt = now;
        this.updatedAt = now;
    }

    Long id() {
        return id;
    }

    String packId() {
        return packId;
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

    String recordText() {
        return recordText;
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
