package org.workingrecord.backup;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Backs up the embedded database while the server runs (H2's online {@code BACKUP TO}, consistent
 * even while students write), each night by default, into {@code DATA_DIR/backups} or
 * {@code BACKUP_DIR}, keeping the newest few. Each backup is one zip with the resume-code key
 * ({@link BackupFiles}); {@code java -jar working-record.jar restore FILE} puts one back.
 *
 * <p>On PostgreSQL this does nothing: the database server's own tools back it up (README).
 */
@Component
public class DatabaseBackup {

    private static final Logger log = LoggerFactory.getLogger(DatabaseBackup.class);

    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final Path dataDir;
    private final Path folder;
    private final int keep;
    private final boolean embedded;

    DatabaseBackup(DataSource dataSource, JdbcTemplate jdbc, Clock clock, @Value("${workingrecord.data-dir}") Path dataDir,
                   @Value("${workingrecord.backup.dir:}") String folder, @Value("${workingrecord.backup.keep:14}") int keep) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.dataDir = dataDir;
        this.folder = folder.isBlank() ? dataDir.resolve("backups") : Path.of(folder);
        this.keep = Math.max(1, keep);
        boolean h2 = false;
        try (Connection c = dataSource.getConnection()) {
            h2 = "H2".equals(c.getMetaData().getDatabaseProductName());
        } catch (SQLException e) {
            log.warn("Could not tell which database this is; no backups will be made", e);
        }
        this.embedded = h2;
    }

    /** Where backups go. */
    public Path folder() {
        return folder;
    }

    @Scheduled(cron = "${workingrecord.backup.cron:0 30 2 * * *}")
    void nightly() {
        try {
            backUp().ifPresent(file -> log.info("Backed up the database to {}", file));
        } catch (RuntimeException e) {
            log.error("The nightly backup failed; the database itself is unharmed", e);
        }
    }

    /** Backs up the embedded database now; empty on another database (its own tools back it up). */
    public Optional<Path> backUp() {
        if (!embedded) {
            return Optional.empty();
        }
        try {
            Files.createDirectories(folder);
            String name = BackupFiles.name(clock.instant());
            Path h2 = folder.resolve(".h2-" + name);
            Path partial = folder.resolve(".partial-" + name);
            Path done = folder.resolve(name);
            try {
                // a path in an SQL string literal: quotes doubled
                jdbc.execute("BACKUP TO '" + h2.toAbsolutePath().toString().replace("'", "''") + "'");
                BackupFiles.write(partial, h2, dataDir.resolve(BackupFiles.KEY));
                Files.move(partial, done, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } finally {
                Files.deleteIfExists(h2);
                Files.deleteIfExists(partial);
            }
            prune();
            return Optional.of(done);
        } catch (IOException e) {
            throw new UncheckedIOException("could not back up into " + folder, e);
        }
    }

    /** Keeps the newest backups; names sort by the time they were taken. */
    private void prune() throws IOException {
        List<Path> backups;
        try (Stream<Path> files = Files.list(folder)) {
            backups = files.filter(p -> p.getFileName().toString().matches("working-record-backup-.*\\.zip")).sorted().toList();
        }
        for (Path old : backups.subList(0, Math.max(0, backups.size() - keep))) {
            Files.deleteIfExists(old);
        }
    }
}
