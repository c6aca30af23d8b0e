package org.workingrecord.classroom;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Signed, expiring tokens a student's browser keeps so that a server restart (which ends every
 * session) does not send the class back to the join page. A token names the student and its
 * expiry and is signed with a secret kept in the database; it is bound to the student's current
 * resume code, so a teacher giving a new code (or removing the student) ends it at once.
 */
@Component
class ReentryTokens {

    private static final String SELECT = "select secret from app_secret where name = 'reentry'";

    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final TransactionTemplate ownTransaction;
    private volatile byte[] secret;

    ReentryTokens(JdbcTemplate jdbc, Clock clock, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.clock = clock;
        // the secret is first needed inside read-only transactions (issuing a token while a student
        // joins or is read): it is made in a read-write transaction of its own (PostgreSQL refuses
        // an insert in a read-only one; H2 does not check)
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
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
                    secret = Base64.getDecoder().decode(loadOrCreate());
                }
                s = secret;
            }
        }
        return s;
    }

    private String loadOrCreate() {
        try {
            return ownTransaction.execute(status -> {
                List<String> found = jdbc.queryForList(SELECT, String.class);
                if (!found.isEmpty()) {
                    return found.get(0);
                }
                byte[] fresh = new byte[32];
                new SecureRandom().nextBytes(fresh);
                String encoded = Base64.getEncoder().encodeToString(fresh);
                jdbc.update("insert into app_secret (name, secret, created_at) values ('reentry', ?, ?)", encoded,
                        Timestamp.from(clock.instant()));
                return encoded;
            });
        } catch (DuplicateKeyException raced) {
            // another node or thread made it first: read theirs (in a new transaction, the failed one is over)
            return ownTransaction.execute(status -> jdbc.queryForObject(SELECT, String.class));
        }
    }
}
