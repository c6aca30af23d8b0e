package org.workingrecord.throttle;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.PlatformTransactionManager;

/** Counts in the database: shared, counted right when servers count at once, forgotten when expired. */
@SpringBootTest
@ActiveProfiles("test")
class TalliesTest {

    @Autowired
    JdbcClient jdbc;
    @Autowired
    PlatformTransactionManager transactions;

    private Tallies tallies;
    private final String run = UUID.randomUUID().toString();
    private final Instant t0 = Instant.parse("2031-03-04T10:00:00Z");

    @BeforeEach
    void tallies() {
        tallies = new Tallies(jdbc, transactions);
    }

    private static Tally oneMore(Tally old, Instant now) {
        return old == null ? new Tally(1, now, null, now.plus(Duration.ofMinutes(1)))
                : new Tally(old.failures() + 1, old.started(), null, old.expires());
    }

    private int rows(String... keys) {
        List<String> ids = List.of(keys).stream().map(Tallies::id).toList();
        return jdbc.sql("select count(*) from tally where tally_key in (:ids)").param("ids", ids).query(Integer.class).single();
    }

    @Test
    void serversCountingTheSameKeyAtOnceLoseNoTry() throws Exception {
        String key = "race|" + run;
        ExecutorService servers = Executors.newFixedThreadPool(4);
        try {
            List<Callable<Void>> work = new ArrayList<>();
            for (int s = 0; s < 4; s++) {
                Tallies server = new Tallies(jdbc, transactions);
                work.add(() -> {
                    for (int i = 0; i < 25; i++) {
                        server.change(key, t0, old -> oneMore(old, t0));
                    }
                    return null;
                });
            }
            for (Future<Void> done : servers.invokeAll(work)) {
                done.get();
            }
        } finally {
            servers.shutdown();
        }
        assertThat(tallies.find(key, t0)).get().extracting(Tally::failures).isEqualTo(100);
    }

    @Test
    void anExpiredCountIsIgnoredAtOnceAndDeletedByTheNextSweep() {
        String old = "old|" + run;
        String fresh = "fresh|" + run;
        tallies.change(old, t0, t -> oneMore(t, t0));
        tallies.change(old, t0, t -> oneMore(t, t0));
        Instant later = t0.plus(Duration.ofMinutes(1));
        assertThat(tallies.find(old, later)).as("expired the moment its minute is over").isEmpty();
        assertThat(tallies.change(old, later, t -> oneMore(t, later)).failures()).as("counting starts again").isEqualTo(1);

        String gone = "gone|" + run;
        tallies.change(gone, later, t -> oneMore(t, later));
        assertThat(rows(gone)).isEqualTo(1);
        Instant muchLater = later.plus(Tallies.SWEEP_EVERY).plusSeconds(1);
        tallies.change(fresh, muchLater, t -> oneMore(t, muchLater));
        assertThat(rows(gone, old)).as("swept: nobody keeps counts past their expiry").isZero();
        assertThat(rows(fresh)).isEqualTo(1);
    }

    @Test
    void theTableHoldsNoUsernameOrAddress() {
        String key = "login-address|ms.fay|10.0.0.7|" + run;
        tallies.change(key, t0, t -> oneMore(t, t0));
        List<String> stored = jdbc.sql("select tally_key from tally").query(String.class).list();
        assertThat(stored).contains(Tallies.id(key)).noneMatch(k -> k.contains("fay") || k.contains("10.0.0.7"));
        tallies.forget(key);
        assertThat(rows(key)).isZero();
    }
}
