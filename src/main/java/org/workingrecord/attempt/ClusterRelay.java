package org.workingrecord.attempt;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Locale;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

import javax.sql.DataSource;

import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

import com.zaxxer.hikari.HikariDataSource;

/**
 * Carries live progress between application nodes that share one PostgreSQL database, with no
 * other infrastructure: each change is announced with {@code pg_notify} inside the transaction that
 * makes it, so PostgreSQL delivers it exactly when (and only if) the change commits; every node
 * listens on one connection of its own and hands other nodes' changes to its {@link LiveProgress},
 * as if they had been made locally. A node that loses that connection reconnects and, since it may
 * have missed changes meanwhile, tells every open teacher page to reload its whole class.
 *
 * <p>On the embedded H2 database (one server) this does nothing: {@link LiveProgress} alone
 * serves every page.
 */
@Component
class ClusterRelay implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(ClusterRelay.class);
    private static final Duration POLL = Duration.ofMillis(500);
    /** How the listening connection names itself to PostgreSQL (pg_stat_activity). */
    static final String APPLICATION_NAME = "working-record-relay";

    private final DataSource dataSource;
    private final JdbcTemplate jdbc;
    private final LiveProgress live;
    private final boolean enabled;
    private final String channel;
    private final String node = UUID.randomUUID().toString();
    private final AtomicLong received = new AtomicLong();
    private volatile boolean running;
    private volatile boolean listening;
    private Thread listener;

    ClusterRelay(DataSource dataSource, JdbcTemplate jdbc, LiveProgress live,
                 @Value("${workingrecord.cluster.relay:true}") boolean wanted) {
        this.dataSource = dataSource;
        this.jdbc = jdbc;
        this.live = live;
        String schema = null;
        boolean postgres = false;
        try (Connection c = dataSource.getConnection()) {
            postgres = "PostgreSQL".equals(c.getMetaData().getDatabaseProductName());
            schema = c.getSchema();
        } catch (SQLException e) {
            log.warn("Could not tell which database this is; live progress stays on this server", e);
        }
        this.enabled = wanted && postgres;
        // NOTIFY channels are database-wide: one per schema keeps apps sharing a database apart
        this.channel = "wr_work_" + (schema == null ? "public" : schema.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9_]", "_"));
    }

    /** Whether changes are carried between nodes (PostgreSQL) or stay on this one (H2). */
    boolean enabled() {
        return enabled;
    }

    /** Whether the listening connection is up now. */
    boolean listening() {
        return listening;
    }

    /** Changes received from other nodes so far. */
    long receivedCount() {
        return received.get();
    }

    String channel() {
        return channel;
    }

    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
    void announce(WorkChanged event) {
        if (!enabled) {
            return;
        }
        String payload = node + "|" + event.assignmentId() + "|" + (event.studentId() == null ? "*" : event.studentId());
        jdbc.query("select pg_notify(?, ?)", rs -> null, channel, payload);
    }

    /** Hands a change another node announced to this node's pages; this node's own are already there. */
    void received(String payload) {
        String[] parts = payload.split("\\|");
        if (parts.length != 3 || parts[0].equals(node)) {
            return;
        }
        try {
            long assignment = Long.parseLong(parts[1]);
            Long student = "*".equals(parts[2]) ? null : Long.valueOf(parts[2]);
            received.incrementAndGet();
            live.changed(new WorkChanged(assignment, student));
        } catch (NumberFormatException e) {
            log.warn("Ignored a malformed live progress notice: {}", payload);
        }
    }

    private void listen() {
        boolean first = true;
        long backoff = 500;
        while (running) {
            try (Connection c = connect(); Statement st = c.createStatement()) {
                st.execute("LISTEN " + channel);
                listening = true;
                if (first) {
                    log.info("Live progress is shared with the other servers on this database (channel {})", channel);
                } else {
                    log.info("Live progress from other servers is back");
                    live.everythingChanged();
                }
                first = false;
                backoff = 500;
                PGConnection pg = c.unwrap(PGConnection.class);
                while (running) {
                    PGNotification[] notes = pg.getNotifications((int) POLL.toMillis());
                    if (notes != null) {
                        for (PGNotification n : notes) {
                            received(n.getParameter());
                        }
                    }
                }
            } catch (SQLException | RuntimeException e) {
                listening = false;
                if (!running) {
                    return;
                }
                log.warn("Lost the connection that brings live progress from other servers; trying again in {} ms: {}",
                        backoff, e.getMessage());
                first = false;
                try {
                    Thread.sleep(backoff);
                } catch (InterruptedException stop) {
                    return;
                }
                backoff = Math.min(10_000, backoff * 2);
            }
        }
        listening = false;
    }

    /** A connection of its own, outside the pool: it is held for as long as the server runs. */
    private Connection connect() throws SQLException {
        if (dataSource instanceof HikariDataSource hikari) {
            Properties props = new Properties();
            if (hikari.getUsername() != null) {
                props.setProperty("user", hikari.getUsername());
            }
            if (hikari.getPassword() != null) {
                props.setProperty("password", hikari.getPassword());
            }
            props.setProperty("ApplicationName", APPLICATION_NAME);
            return DriverManager.getConnection(hikari.getJdbcUrl(), props);
        }
        return dataSource.getConnection();
    }

    @Override
    public void start() {
        if (!enabled || running) {
            return;
        }
        running = true;
        listener = Thread.ofPlatform().daemon().name("live-progress-relay").start(this::listen);
    }

    @Override
    public void stop() {
        running = false;
        if (listener != null) {
            listener.interrupt();
            try {
                listener.join(2_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }
}
