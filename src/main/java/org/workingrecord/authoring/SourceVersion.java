package org.workingrecord.authoring;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One saved version of a teacher's source pack: the YAML as the loader reads it. Versions are never changed. */
@Entity
@Table(name = "authored_source_version")
class SourceVersion {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "source_id", nullable = false)
    private Long sourceId;

    @Column(nullable = false)
    private int number;

    @Column(name = "pack_yaml", nullable = false)
    private String packYaml;

    @Column(name = "saved_at", nullable = false)
    private Instant savedAt;

    protected SourceVersion() {
    }

    SourceVersion(long sourceId, int number, String packYaml, Instant savedAt) {
        this.sourceId = sourceId;
        this.number = number;
        this.packYaml = packYaml;
        this.savedAt = savedAt;
    }

    int number() {
        return number;
    }

    String packYaml() {
        return packYaml;
    }

    Instant savedAt() {
        return savedAt;
    }
}
