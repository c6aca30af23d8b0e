package org.workingrecord.authoring;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** A record a teacher brought, with the text exactly as it came; its pack's versions are {@link SourceVersion}s. */
@Entity
@Table(name = "authored_source")
class AuthoredSource extends Authored {

    @Column(name = "pack_id", nullable = false)
    private String packId;

    @Column(name = "record_text", nullable = false)
    private String recordText;

    protected AuthoredSource() {
    }

    AuthoredSource(String packId, long ownerId, String title, String recordText, Instant now) {
        super(ownerId, title, now);
        this.packId = packId;
        this.recordText = recordText;
    }

    String packId() {
        return packId;
    }

    String recordText() {
        return recordText;
    }
}
