package org.workingrecord.throttle;

import java.nio.charset.StandardCharsets;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.UnaryOperator;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Counts of wrong tries kept in the database, so that every server behind a load balancer sees the
 * same counts (N servers never allow N times the tries) and a restart forgets none. The callers keep
 * their own rules (how many tries, how long a wait); this keeps the numbers.
 *
 * <p>A change runs in a transaction of its own with the row locked, so two servers counting the same
 * key at once both count. Keys are stored as SHA-256 hashes: the table never holds a username or a
 * network address. Rows past their expiry are ignored at once and deleted at most once a minute.
 */
@Service
public class Tallies {

    static final Duration SWEEP_EVERY = Duration.ofMinutes(1);

    private final JdbcClient jdbc;
    private final TransactionTemplate ownTransaction;
    private final AtomicReference<Instant> lastSweep = new AtomicReference<>(Instant.EPOCH);

    Tallies(JdbcClient jdbc, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** The count under this key, unless there is none or it has expired. */
    public Optional<Tally> find(String key, Instant now) {
        return jdbc.sql("select failures, started_at, until_at, expires_at from tally where tally_key = ? and expires_at > ?")
                .params(id(key), at(now)).query(Tallies::tally).optional();
    }

    /**
     * Changes the count under this key: {@code change} gets the current count (null when there is none or
     * it has expired) and returns the new one.
     */
    public Tally change(String key, Instant now, UnaryOperator<Tally> change) {
        sweep(now);
        String id = id(key);
        try {
            return ownTransaction.execute(status -> write(id, now, change));
        } catch (DuplicateKeyException raced) {
            // another server made the row in the same moment: count on top of theirs
            return ownTransaction.execute(status -> write(id, now, change));
        }
    }

    private Tally write(String id, Instant now, UnaryOperator<Tally> change) {
        Optional<Tally> row = jdbc.sql("select failures, started_at, until_at, expires_at from tally where tally_key = ? for update")
                .param(id).query(Tallies::tally).optional();
        Tally next = change.apply(row.filter(t -> t.expires().isAfter(now)).orElse(null));
        if (row.isPresent()) {
            // the row is locked: nobody changes it between this read and this write
            jdbc.sql("update tally set failures = ?, started_at = ?, until_at = ?, expires_at = ? where tally_key = ?")
                    .params(next.failures(), at(next.started()), at(next.until()), at(next.expires()), id).update();
        } else {
            // no row to lock: if another server inserts one first, this insert fails and the change is made again
            jdbc.sql("insert into tally (tally_key, failures, started_at, until_at, expires_at) values (?, ?, ?, ?, ?)")
                    .params(id, next.failures(), at(next.started()), at(next.until()), at(next.expires())).update();
        }
        return next;
    }

    /** Forgets the count under this key (a right password clears it). */
    public void forget(String key) {
        ownTransaction.executeWithoutResult(status -> jdbc.sql("delete from tally where tally_key = ?").param(id(key)).update());
    }

    /** How many counts are live now. */
    public long live(Instant now) {
        return jdbc.sql("select count(*) from tally where expires_at > ?").param(at(now)).query(Long.class).single();
    }

    private void sweep(Instant now) {
        Instant last = lastSweep.get();
        // due a minute after the last sweep, or at once if this server's clock was set back
        boolean due = !now.isBefore(last.plus(SWEEP_EVERY)) || now.isBefore(last);
        if (!due || !lastSweep.compareAndSet(last, now)) {
            return;
        }
        ownTransaction.executeWithoutResult(status -> jdbc.sql("delete from tally where expires_at <= ?").param(at(now)).update());
    }

    private static Tally tally(ResultSet rs, int row) throws SQLException {
        OffsetDateTime until = rs.getObject("until_at", OffsetDateTime.class);
        return new Tally(rs.getInt("failures"), rs.getObject("started_at", OffsetDateTime.class).toInstant(),
                until == null ? null : until.toInstant(), rs.getObject("expires_at", OffsetDateTime.class).toInstant());
    }

    private static OffsetDateTime at(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }

    static String id(String key) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(hash);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
