package org.workingrecord.backup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Restoring refuses what is not a backup and a folder in use, and keeps what it replaces. */
class BackupFilesTest {

    @TempDir
    Path dir;

    private final Instant now = Instant.parse("2026-12-07T13:00:00Z");

    private Path zip(String name, String... entries) throws IOException {
        Path zip = dir.resolve(name);
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
            for (String entry : entries) {
                out.putNextEntry(new ZipEntry(entry));
                out.write(("contents of " + entry).getBytes(StandardCharsets.UTF_8));
                out.closeEntry();
            }
        }
        return zip;
    }

    @Test
    void aRestoreKeepsWhatTheFolderHeldBefore() throws Exception {
        Path data = dir.resolve("data");
        Files.createDirectories(data.resolve("keys"));
        Files.writeString(data.resolve(BackupFiles.DATABASE), "today's database");
        Files.writeString(data.resolve(BackupFiles.KEY), "today's key");
        Path backup = zip("backup.zip", BackupFiles.DATABASE, BackupFiles.KEY);

        BackupFiles.Restored done = BackupFiles.restore(backup, data, now);

        assertThat(Files.readString(data.resolve(BackupFiles.DATABASE))).isEqualTo("contents of " + BackupFiles.DATABASE);
        assertThat(Files.readString(data.resolve(BackupFiles.KEY))).isEqualTo("contents of " + BackupFiles.KEY);
        assertThat(done.key()).isTrue();
        assertThat(done.before()).isEqualTo(data.resolve("before-restore-2026-12-07-130000"));
        assertThat(Files.readString(done.before().resolve(BackupFiles.DATABASE))).isEqualTo("today's database");
        assertThat(Files.readString(done.before().resolve(BackupFiles.KEY))).isEqualTo("today's key");
    }

    @Test
    void aBackupWithoutAKeyLeavesTheFoldersKeyAlone() throws Exception {
        Path data = dir.resolve("data");
        Files.createDirectories(data.resolve("keys"));
        Files.writeString(data.resolve(BackupFiles.KEY), "the key");
        BackupFiles.Restored done = BackupFiles.restore(zip("db-only.zip", BackupFiles.DATABASE), data, now);
        assertThat(done.key()).isFalse();
        assertThat(done.before()).as("nothing was replaced").isNull();
        assertThat(Files.readString(data.resolve(BackupFiles.KEY))).isEqualTo("the key");
    }

    @Test
    void whatIsNotABackupIsRefusedWithNothingChanged() throws Exception {
        Path data = dir.resolve("data");
        Files.createDirectories(data);
        Files.writeString(data.resolve(BackupFiles.DATABASE), "today's database");
        Path text = dir.resolve("notes.zip");
        Files.writeString(text, "not a zip at all");

        assertThatThrownBy(() -> BackupFiles.restore(text, data, now)).hasMessageContaining("not a zip file");
        assertThatThrownBy(() -> BackupFiles.restore(zip("photos.zip", "photo.jpg"), data, now))
                .hasMessageContaining("holds no " + BackupFiles.DATABASE);
        assertThatThrownBy(() -> BackupFiles.restore(zip("sneaky.zip", BackupFiles.DATABASE, "../../etc/cron.d/x"), data, now))
                .hasMessageContaining("also holds");
        assertThatThrownBy(() -> BackupFiles.restore(dir.resolve("missing.zip"), data, now)).hasMessageContaining("no such file");
        assertThat(Files.readString(data.resolve(BackupFiles.DATABASE))).isEqualTo("today's database");
        try (var files = Files.list(data)) {
            assertThat(files).as("no before-restore folder, nothing half-written").hasSize(1);
        }
    }

    @Test
    void aDatabaseInUseIsNotReplaced() throws Exception {
        Path data = dir.resolve("data");
        Files.createDirectories(data);
        Path db = data.resolve(BackupFiles.DATABASE);
        Files.writeString(db, "in use");
        Path backup = zip("backup.zip", BackupFiles.DATABASE);
        try (FileChannel server = FileChannel.open(db, StandardOpenOption.READ, StandardOpenOption.WRITE);
             FileLock held = server.lock()) {
            assertThatThrownBy(() -> BackupFiles.restore(backup, data, now)).hasMessageContaining("in use: stop the server first");
        }
        assertThat(Files.readString(db)).isEqualTo("in use");
    }
}
