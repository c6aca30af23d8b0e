package org.workingrecord.classroom;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.Optional;

import org.springframework.stereotype.Component;
import org.workingrecord.secret.AppSecrets;

/**
 * Signed, expiring tokens a student's browser keeps so that a server restart (which ends every
 * session) does not send the class back to the join page. A token names the student and its
 * expiry and is signed with a secret kept in the database; it is bound to the student's current
 * resume code, so a teacher giving a new code (or removing the student) ends it at once.
 */
@Component
class ReentryTokens {

    private final AppSecrets secrets;
    private final Clock clock;
    private volatile byte[] secret;

    ReentryTokens(AppSecrets secrets, Clock clock) {
        this.secrets = secrets;
        this.clock = clock;
    }

    String issue(long studentId, String resumeCodeHash) {
        long expires = clock.instant().plus(ClassroomService.REENTRY_LIFETIME).getEpochSecond();
        String body = studentId + "." + expires;
        return body + "." + sign(body, resumeCodeHash);
    }

    /** The student a token names, if it is well formed and unexpired; the signature is checked by {@link #valid}. */
    static Optional<Long> studentOf(String token) {
        String[] parts = token == null ? new String[0] : token.split("\\.");
        if (parts.length != 3) {
            return Optional.empty();
        }
        try {
            return Optional.of(Long.parseLong(parts[0]));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    boolean valid(String token, String resumeCodeHash) {
        String[] parts = token.split("\\.");
        long expires;
        try {
            expires = Long.parseLong(parts[1]);
        } catch (NumberFormatException e) {
            return false;
        }
        if (clock.instant().getEpochSecond() >= expires) {
            return false;
        }
        String expected = sign(parts[0] + "." + parts[1], resumeCodeHash);
        return MessageDigest.isEqual(expected.getBytes(StandardCharsets.US_ASCII), parts[2].getBytes(StandardCharsets.US_ASCII));
    }

    private String sign(String body, String resumeCodeHash) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(Codes.hmac(secret(), body + "|" + resumeCodeHash));
    }

    /** The signing secret: made once, on first use, and kept in the database so it outlives restarts. */
    private byte[] secret() {
        byte[] s = secret;
        if (s == null) {
            synchronized (this) {
                if (secret == null) {
                    secret = Base64.getDecoder().decode(secrets.getOrCreate("reentry", () -> {
                        byte[] fresh = new byte[32];
                        new SecureRandom().nextBytes(fresh);
                        return Base64.getEncoder().encodeToString(fresh);
                    }));
                }
                s = secret;
            }
        }
        return s;
    }
}
