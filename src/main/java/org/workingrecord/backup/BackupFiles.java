package org.workingrecord.backup;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HashSet;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

/**
 * What a backup of the embedded database is: one zip file with the database (as H2's online
 * {@code BACKUP TO} wrote it) and, when the server keeps it in the data folder, the resume-code key,
 * since the stored resume codes open nothing without it. Restoring puts both back into a data folder
 * whose server is stopped, and keeps what was there before in a folder beside them.
 */
public final class BackupFiles {

    /** The database file of the embedded H2 database, in the data folder and in a backup. */
    public static final String DATABASE = "working-record.mv.db";
    /** The resume-code key, in the data folder and in a backup. */
    public static final String KEY = "keys/resume-code.key";
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd-HHmmss").withZone(ZoneOffset.UTC);

    private BackupFiles() {
    }

    /** A backup's file name: when it was taken, in UTC, so that names sort by time. */
    static String name(Instant taken) {
        return "working-record-backup-" + STAMP.format(taken) + ".zip";
    }

    /** Writes a backup: the database out of H2's own backup zip, and the key file if there is one. */
    static void write(Path out, Path h2Backup, Path keyFile) throws IOException {
        try (ZipFile h2 = new ZipFile(h2Backup.toFile());
             ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(out))) {
            ZipEntry db = h2.getEntry(DATABASE);
            if (db == null) {
                throw new IOException("H2's backup " + h2Backup + " holds no " + DATABASE);
            }
            zip.putNextEntry(new ZipEntry(DATABASE));
            try (InputStream in = h2.getInputStream(db)) {
                in.transferTo(zip);
            }
            zip.closeEntry();
            if (keyFile != null && Files.isRegularFile(keyFile)) {
                zip.putNextEntry(new ZipEntry(KEY));
                Files.copy(keyFile, zip);
                zip.closeEntry();
            }
        }
    }

    /** What a restore did. */
    public record Restored(Path database, boolean key, Path before) {
    }

    /** A backup that cannot be restored, or a data folder that cannot take it, with what to do. */
    public static final class RestoreException extends Exception {
        RestoreException(String message) {
            super(message);
        }
    }

    /**
     * Puts a backup back into a data folder. Refused, with nothing changed, when the file is not a backup
     * of this app or the folder's database is in use (a server is running on it). What the folder held
     * before is moved into {@code before-restore-<time>} inside it, never deleted.
     */
    public static Restored restore(Path backup, Path dataDir, Instant now) throws RestoreException {
        Set<String> entries = check(backup);
        Path database = dataDir.resolve(DATABASE);
        refuseIfInUse(database);
        Path before = dataDir.resolve("before-restore-" + STAMP.format(now));
        try {
            Files.createDirectories(dataDir);
            if (Files.exists(database)) {
                Files.createDirectories(before);
                Files.move(database, before.resolve(DATABASE));
            }
            boolean withKey = entries.contains(KEY);
            Path key = dataDir.resolve(KEY);
            if (withKey && Files.exists(key)) {
                Files.createDirectories(before.resolve(KEY).getParent());
                Files.move(key, before.resolve(KEY));
            }
            try (ZipFile zip = new ZipFile(backup.toFile())) {
                extract(zip, DATABASE, database);
                if (withKey) {
                    Files.createDirectories(key.getParent());
                    extract(zip, KEY, key);
                }
            }
            return new Restored(database, withKey, Files.isDirectory(before) ? before : null);
        } catch (IOException e) {
            throw new RestoreException("could not restore into " + dataDir + ": " + e.getMessage()
                    + (Files.isDirectory(before) ? " (what was there before is in " + before + ")" : ""));
        }
    }

    /** The backup's entries, if it is a zip holding this app's database and nothing but the known files. */
    private static Set<String> check(Path backup) throws RestoreException {
        Set<String> names = new HashSet<>();
        try (ZipFile zip = new ZipFile(backup.toFile())) {
            zip.stream().forEach(e -> names.add(e.getName()));
        } catch (NoSuchFileException e) {
            throw new RestoreException(backup + ": no such file");
        } catch (ZipException e) {
            throw new RestoreException(backup + " is not a backup of Working Record (not a zip file)");
        } catch (IOException e) {
            throw new RestoreException(backup + ": cannot read it (" + e.getMessage() + ")");
        }
        if (!names.contains(DATABASE)) {
            throw new RestoreException(backup + " is not a backup of Working Record: it holds no " + DATABASE);
        }
        Set<String> unknown = new HashSet<>(names);
        unknown.removeAll(Set.of(DATABASE, KEY));
        if (!unknown.isEmpty()) {
            throw new RestoreException(backup + " is not a backup of Working Record: it also holds " + unknown);
        }
        return names;
    }

    private static void refuseIfInUse(Path database) throws RestoreException {
        if (!Files.exists(database)) {
            return;
        }
        try (FileChannel channel = FileChannel.open(database, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
            FileLock lock = channel.tryLock();
            if (lock == null) {
                throw inUse(database);
            }
            lock.release();
        } catch (OverlappingFileLockException e) {
            throw inUse(database);
        } catch (IOException e) {
            throw new RestoreException("cannot open " + database + " (" + e.getMessage() + ")");
        }
    }

    private static RestoreException inUse(Path database) {
        return new RestoreException("the database " + database + " is in use: stop the server first, then restore");
    }

    private static void extract(ZipFile zip, String name, Path target) throws IOException {
        Path partial = target.resolveSibling(target.getFileName() + ".restoring");
        try (InputStream in = zip.getInputStream(zip.getEntry(name)); OutputStream out = Files.newOutputStream(partial)) {
            in.transferTo(out);
        }
        Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE);
    }
}
