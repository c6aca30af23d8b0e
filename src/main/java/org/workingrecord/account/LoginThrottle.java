package org.workingrecord.account;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;

import org.springframework.stereotype.Component;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

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
 * policy (OWASP's exponential back-off), not a rate, so it is not a token bucket; the counts live in
 * a bounded map (Caffeine) that forgets a count nobody has added to for longer than the longest wait
 * (by then its wait is over), so a script trying made-up usernames cannot fill the memory.
 */
@Component
class LoginThrottle {

    static final int FREE_TRIES = 5;
    static final int FREE_TRIES_EVERYWHERE = 50;
    private static final Duration FIRST_WAIT = Duration.ofSeconds(30);
    static final Duration MAX_WAIT = Duration.ofMinutes(15);
    /** Counts remembered at most. */
    static final int MAX_KEPT = 100_000;

    private final Clock clock;
    private final Cache<String, State> cache;
    private final Map<String, State> states;

    LoginThrottle(Clock clock) {
        this.clock = clock;
        this.cache = Caffeine.newBuilder().expireAfterWrite(MAX_WAIT).maximumSize(MAX_KEPT)
                .ticker(() -> Duration.between(Instant.EPOCH, clock.instant()).toNanos()).build();
        this.states = cache.asMap();
    }

    /** The counts a try is checked against: who, and from where. */
    record Tries(String username, String address, boolean knownDevice) {

        private String user() {
            return username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
        }

        String local() {
            return knownDevice ? "device|" + user() : "address|" + user() + "|" + (address == null ? "" : address);
        }

        String everywhere() {
            return knownDevice ? null : "everywhere|" + user();
        }
    }

    /** Seconds these tries must wait before the next one; 0 when they may try now. */
    long waitSeconds(Tries tries) {
        return Math.max(wait(tries.local()), tries.everywhere() == null ? 0 : wait(tries.everywhere()));
    }

    private long wait(String key) {
        State s = states.get(key);
        if (s == null || s.until == null) {
            return 0;
        }
        return Math.max(0, Duration.between(clock.instant(), s.until).toSeconds());
    }

    void failed(Tries tries) {
        Instant now = clock.instant();
        count(tries.local(), FREE_TRIES, now);
        if (tries.everywhere() != null) {
            count(tries.everywhere(), FREE_TRIES_EVERYWHERE, now);
        }
    }

    private void count(String key, int free, Instant now) {
        states.compute(key, (k, s) -> {
            int failures = (s == null ? 0 : s.failures) + 1;
            Instant until = null;
            if (failures >= free) {
                long factor = 1L << Math.min(10, failures - free);
                Duration wait = FIRST_WAIT.multipliedBy(factor);
                until = now.plus(wait.compareTo(MAX_WAIT) > 0 ? MAX_WAIT : wait);
            }
            return new State(failures, until);
        });
    }

    void succeeded(Tries tries) {
        states.remove(tries.local());
    }

    /** How many counts are remembered now (after forgetting the stale ones). */
    long size() {
        cache.cleanUp();
        return cache.estimatedSize();
    }

    private record State(int failures, Instant until) {
    }
}
