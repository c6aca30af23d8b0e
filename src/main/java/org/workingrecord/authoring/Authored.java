package org.workingrecord.authoring;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;

/** What a teacher's source and a teacher's lesson both are: owned, titled, private until shared, with when it was saved. */
@MappedSuperclass
abstract class Authored {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

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

    protected Authored() {
    }

    protected Authored(long ownerId, String title, Instant now) {
        this.ownerId = ownerId;
        this.title = title;
        this.createdAt = now;
        this.updatedAt = now;
    }

    Long id() {
        return id;
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
