package org.workingrecord.secret;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Secrets the app makes for itself and keeps in the database, so that every server sharing it uses
 * the same one and a restart keeps it: the key that signs students' re-entry tokens, the one-time
 * setup token. Made in a transaction of its own (callers may be inside a read-only one, which
 * PostgreSQL refuses to write in); when two servers make one at the same moment, both use the one
 * that was stored first.
 */
@Service
public class AppSecrets {

    private static final String SELECT = "select secret from app_secret where name = ?";

    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final TransactionTemplate ownTransaction;

    AppSecrets(JdbcTemplate jdbc, Clock clock, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** The secret under this name, made with {@code fresh} if there is none yet. */
    public String getOrCreate(String name, Supplier<String> fresh) {
        try {
            return ownTransaction.execute(status -> {
                List<String> found = jdbc.queryForList(SELECT, String.class, name);
                if (!found.isEmpty()) {
                    return found.get(0);
                }
                String made = fresh.get();
                jdbc.update("insert into app_secret (name, secret, created_at) values (?, ?, ?)", name, made,
                        Timestamp.from(clock.instant()));
                return made;
            });
        } catch (DuplicateKeyException raced) {
            // another server or thread made it first: use theirs (read in a new transaction, the failed one is over)
            return ownTransaction.execute(status -> jdbc.queryForObject(SELECT, String.class, name));
        }
    }

    /** The secret under this name, read in the caller's transaction and locked until it ends. */
    public Optional<String> lock(String name) {
        return jdbc.queryForList(SELECT + " for update", String.class, name).stream().findFirst();
    }

    /** Forgets the secret under this name, in the caller's transaction. */
    public void delete(String name) {
        jdbc.update("delete from app_secret where name = ?", name);
    }
}
