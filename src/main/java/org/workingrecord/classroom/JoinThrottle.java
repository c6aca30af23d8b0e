package org.workingrecord.classroom;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.stereotype.Component;

/**
 * Slows down guessing of class and resume codes. Only wrong tries count, so a class of 35 joining
 * at once from one school address is never held up by the ones who type well. Limits: 10 wrong
 * tries a minute from one browser, 60 from one network address.
 */
@Component
class JoinThrottle {

    static final int PER_CLIENT = 10;
    static final int PER_ADDRESS = 60;
    static final Duration WINDOW = Duration.ofMinutes(1);

    private final Clock clock;
    private final Map<String, Deque<Instant>> failures = new ConcurrentHashMap<>();

    JoinThrottle(Clock clock) {
        this.clock = clock;
    }

    /** Seconds to wait before the next try, 0 when the client may try now. */
    long waitSeconds(JoinClient client) {
        Instant now = clock.instant();
        return Math.max(wait(client.sessionKey(), PER_CLIENT, now), wait(client.address(), PER_ADDRESS, now));
    }

    void failed(JoinClient client) {
        Instant now = clock.instant();
        record(client.sessionKey(), now);
        record(client.address(), now);
    }

    private long wait(String key, int limit, Instant now) {
        Deque<Instant> times = failures.get(key);
        if (times == null) {
            return 0;
        }
        synchronized (times) {
            prune(times, now);
            if (times.size() < limit) {
                return 0;
            }
            return Math.max(1, Duration.between(now, times.peekFirst().plus(WINDOW)).toSeconds());
        }
    }

    private void record(String key, Instant now) {
        if (failures.size() > 10_000) {
            failures.values().removeIf(t -> {
                synchronized (t) {
                    prune(t, now);
                    return t.isEmpty();
                }
            });
        }
        Deque<Instant> times = failures.computeIfAbsent(key, k -> new ArrayDeque<>());
        synchronized (times) {
            prune(times, now);
            times.addLast(now);
        }
    }

    private static void prune(Deque<Instant> times, Instant now) {
        while (!times.isEmpty() && !times.peekFirst().plus(WINDOW).isAfter(now)) {
            times.removeFirst();
        }
    }
}
