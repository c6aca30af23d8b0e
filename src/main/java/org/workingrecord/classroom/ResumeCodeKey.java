package org.workingrecord.classroom;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

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
        id = HexFormat.of().formatHex(mac("working-record key id")).substring(0, 8);
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
        return prefix() + Base64.getUrlEncoder().withoutPadding().encodeToString(mac(legacyHex));
    }

    /** What every hash made with this key starts with. */
    String prefix() {
        return "k:" + id + ":";
    }

    /** Where the key came from (a file's path or the setting's name, never the key), for messages. */
    String source() {
        return source;
    }

    private byte[] mac(String text) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal(text.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
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

    private static void create(Path file) throws IOException {
        Files.createDirectories(file.getParent());
        byte[] fresh = new byte[MIN_BYTES];
        new SecureRandom().nextBytes(fresh);
        byte[] text = (Base64.getEncoder().encodeToString(fresh) + "\n").getBytes(StandardCharsets.US_ASCII);
        Path partial = file.resolveSibling(file.getFileName() + ".new");
        Files.deleteIfExists(partial);
        Files.createFile(partial);
        ownerOnly(partial);
        Files.write(partial, text, StandardOpenOption.TRUNCATE_EXISTING, StandardOpenOption.SYNC);
        try {
            // two servers starting on one folder at once: the first key written wins, the other reads it
            Files.createLink(file, partial);
            LOG.info("Made a new key for resume codes in {} (back it up with the database)", file);
        } catch (FileAlreadyExistsException raced) {
            // the other one's key stays
        } catch (UnsupportedOperationException | IOException noLinks) {
            Files.move(partial, file);
            return;
        }
        Files.deleteIfExists(partial);
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
