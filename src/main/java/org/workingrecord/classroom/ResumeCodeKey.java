package org.workingrecord.classroom;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The key resume codes are hashed with, kept outside the database. A resume code has about 40 bits
 * (8 characters of 31), few enough that a plain hash in a copied database gives the codes back in
 * minutes; keyed with a secret the copy does not contain (HMAC-SHA256), the stored hashes are
 * useless without the key. The key is {@code workingrecord.resume-code-key} (base64, at least 32
 * bytes; what several servers sharing one database set), or else a file under the data folder, made
 * at the first start and readable by its owner only.
 *
 * <p>A stored hash reads {@code k:<key id>:<mac>}: the key id (8 hex digits derived from the key, not
 * the key) says which key made it, so a start with another key can say how many codes it cannot open.
 */
@Component
class ResumeCodeKey {

    static final String FILE = "keys/resume-code.key";
    private static final Logger LOG = LoggerFactory.getLogger(ResumeCodeKey.class);
    private static final int MIN_BYTES = 32;

    private final byte[] key;
    private final String id;
    private final String source;

    ResumeCodeKey(@Value("${workingrecord.resume-code-key:}") String configured,
                  @Value("${workingrecord.data-dir}") Path dataDir) {
        if (!configured.isBlank()) {
            key = decode(configured.strip(), "the setting workingrecord.resume-code-key");
            source = "the setting workingrecord.resume-code-key";
        } else {
            Path file = dataDir.resolve(FILE);
            key = loadOrCreate(file);
            source = file.toString();
        }
        id = HexFormat.of().formatHex(Codes.hmac(key, "working-record key id")).substring(0, 8);
    }

    /** The stored form of a resume code (already normalised, see {@link Codes#normalize}). */
    String hash(String normalizedCode) {
        return ofLegacy(Codes.digest(normalizedCode));
    }

    /**
     * The stored form of a hash written before resume codes were keyed (an unsalted SHA-256 in hex):
     * the key over it, so old rows can be rewritten without knowing their codes.
     */
    String ofLegacy(String legacyHex) {
        return prefix() + Base64.getUrlEncoder().withoutPadding().encodeToString(Codes.hmac(key, legacyHex));
    }

    /** What every hash made with this key starts with. */
    String prefix() {
        return "k:" + id + ":";
    }

    /** Where the key came from (a file's path or the setting's name, never the key), for messages. */
    String source() {
        return source;
    }

    private static byte[] loadOrCreate(Path file) {
        try {
            if (!Files.exists(file)) {
                create(file);
            }
            return decode(Files.readString(file, StandardCharsets.US_ASCII).strip(), "the key file " + file);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read or create the resume code key " + file
                    + ": the data folder must be writable by the server (or set workingrecord.resume-code-key)", e);
        }
    }

    /**
     * A new random key, written whole or not at all (a file beside it, then renamed). One server
     * runs on a data folder at a time (H2 locks it); servers that share a database share the setting.
     */
    private static void create(Path file) throws IOException {
        Files.createDirectories(file.getParent());
        byte[] fresh = new byte[MIN_BYTES];
        new SecureRandom().nextBytes(fresh);
        Path partial = file.resolveSibling(file.getFileName() + ".new");
        Files.deleteIfExists(partial);
        Files.createFile(partial);
        ownerOnly(partial);
        Files.writeString(partial, Base64.getEncoder().encodeToString(fresh) + "\n", StandardCharsets.US_ASCII,
                StandardOpenOption.TRUNCATE_EXISTING, StandardOpenOption.SYNC);
        Files.move(partial, file, StandardCopyOption.ATOMIC_MOVE);
        LOG.info("Made a new key for resume codes in {} (back it up with the database)", file);
    }

    private static void ownerOnly(Path file) throws IOException {
        try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException notPosix) {
            // Windows: the data folder's own permissions apply
        }
    }

    private static byte[] decode(String base64, String where) {
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(base64);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("The resume code key in " + where + " is not base64: " + e.getMessage());
        }
        if (bytes.length < MIN_BYTES) {
            throw new IllegalStateException("The resume code key in " + where + " has " + bytes.length
                    + " bytes; it needs at least " + MIN_BYTES + " (for example: openssl rand -base64 32)");
        }
        return bytes;
    }
}
