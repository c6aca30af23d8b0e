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
 * tries a minute from one browser, which then waits whatever it types; 60 from one network
 * address, after which that address's wrong codes are refused without a look, but a right code
 * still gets in: a whole school behind one address is never locked out by one pupil's script.
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

    /** Seconds this browser waits before its next try, whatever it types; 0 when it may try now. */
    long clientWaitSeconds(JoinClient client) {
        return wait(client.sessionKey(), PER_CLIENT, clock.instant());
    }

    /** Seconds before a wrong code from this address is looked at again; 0 when it may be. Right codes never wait. */
    long addressWaitSeconds(JoinClient client) {
        return wait(client.address(), PER_ADDRESS, clock.instant());
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
