package org.workingrecord.account;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;

import org.springframework.stereotype.Component;
import org.workingrecord.throttle.Tallies;
import org.workingrecord.throttle.Tally;

/**
 * Slows down password guessing without letting anyone lock a teacher out. Wrong passwords are
 * counted per username together with where they come from:
 * <ul>
 * <li>from a browser this teacher has signed in on before (it carries their device cookie): on
 * its own count, so nobody else's wrong passwords ever hold the teacher up on their own laptop;</li>
 * <li>from any other browser: per username and network address ({@value #FREE_TRIES} free tries),
 * and per username across all addresses ({@value #FREE_TRIES_EVERYWHERE}), so guessing from many
 * addresses is slowed as well.</li>
 * </ul>
 * After the free tries each further try waits twice as long as the last (30 s, 1 min, 2 min ... at
 * most 15 min). A right password clears the counts it was checked against. This is a lock-out
 * policy (OWASP's exponential back-off), not a rate. The counts are kept in the database
 * ({@link Tallies}), so every server behind a load balancer counts the same tries, and a count nobody
 * has added to for longer than the longest wait (by then its wait is over) is forgotten.
 */
@Component
class LoginThrottle {

    static final int FREE_TRIES = 5;
    static final int FREE_TRIES_EVERYWHERE = 50;
    private static final Duration FIRST_WAIT = Duration.ofSeconds(30);
    static final Duration MAX_WAIT = Duration.ofMinutes(15);

    private final Clock clock;
    private final Tallies tallies;

    LoginThrottle(Clock clock, Tallies tallies) {
        this.clock = clock;
        this.tallies = tallies;
    }

    /** The counts a try is checked against: who, and from where. */
    record Tries(String username, String address, boolean knownDevice) {

        private String user() {
            return username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
        }

        String local() {
            return knownDevice ? "login-device|" + user() : "login-address|" + user() + "|" + (address == null ? "" : address);
        }

        String everywhere() {
            return knownDevice ? null : "login-everywhere|" + user();
        }
    }

    /** Seconds these tries must wait before the next one; 0 when they may try now. */
    long waitSeconds(Tries tries) {
        return Math.max(wait(tries.local()), tries.everywhere() == null ? 0 : wait(tries.everywhere()));
    }

    private long wait(String key) {
        Instant now = clock.instant();
        return tallies.find(key, now).map(Tally::until).map(until -> Math.max(0, Duration.between(now, until).toSeconds()))
                .orElse(0L);
    }

    void failed(Tries tries) {
        Instant now = clock.instant();
        count(tries.local(), FREE_TRIES, now);
        if (tries.everywhere() != null) {
            count(tries.everywhere(), FREE_TRIES_EVERYWHERE, now);
        }
    }

    private void count(String key, int free, Instant now) {
        tallies.change(key, now, old -> {
            int failures = (old == null ? 0 : old.failures()) + 1;
            Instant until = null;
            if (failures >= free) {
                long factor = 1L << Math.min(10, failures - free);
                Duration wait = FIRST_WAIT.multipliedBy(factor);
                until = now.plus(wait.compareTo(MAX_WAIT) > 0 ? MAX_WAIT : wait);
            }
            return new Tally(failures, old == null ? now : old.started(), until, now.plus(MAX_WAIT));
        });
    }

    void succeeded(Tries tries) {
        tallies.forget(tries.local());
    }
}
