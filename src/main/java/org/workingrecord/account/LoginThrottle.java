package org.workingrecord.account;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.stereotype.Component;

/**
 * Slows down password guessing: after 5 wrong passwords for one username, each further try waits
 * twice as long as the last (30 s, 1 min, 2 min ... at most 15 min). A right password resets it.
 */
@Component
class LoginThrottle {

    static final int FREE_TRIES = 5;
    private static final Duration FIRST_WAIT = Duration.ofSeconds(30);
    private static final Duration MAX_WAIT = Duration.ofMinutes(15);

    private final Clock clock;
    private final Map<String, State> states = new ConcurrentHashMap<>();

    LoginThrottle(Clock clock) {
        this.clock = clock;
    }

    /** Seconds this username must wait before the next try; 0 when it may try now. */
    long waitSeconds(String username) {
        State s = states.get(key(username));
        if (s == null || s.until == null) {
            return 0;
        }
        long left = Duration.between(clock.instant(), s.until).toSeconds();
        return Math.max(0, left);
    }

    void failed(String username) {
        states.compute(key(username), (k, s) -> {
            State next = s == null ? new State(0, null) : s;
            int failures = next.failures + 1;
            Instant until = null;
            if (failures >= FREE_TRIES) {
                long factor = 1L << Math.min(10, failures - FREE_TRIES);
                Duration wait = FIRST_WAIT.multipliedBy(factor);
                until = clock.instant().plus(wait.compareTo(MAX_WAIT) > 0 ? MAX_WAIT : wait);
            }
            return new State(failures, until);
        });
    }

    void succeeded(String username) {
        states.remove(key(username));
    }

    private static String key(String username) {
        return username == null ? "" : username.strip().toLowerCase(java.util.Locale.ROOT);
    }

    private record State(int failures, Instant until) {
    }
}
