package org.workingrecord.classroom;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import org.springframework.stereotype.Component;
import org.workingrecord.throttle.Tallies;
import org.workingrecord.throttle.Tally;

/**
 * Slows down guessing of class and resume codes. Only wrong tries count, so a class of 35 joining
 * at once from one school address is never held up by the ones who type well. Limits: 10 wrong
 * tries a minute from one browser, which then waits whatever it types; 60 from one network
 * address, after which that address's wrong codes are refused without a look, but a right code
 * still gets in: a whole school behind one address is never locked out by one pupil's script.
 *
 * <p>A browser's or an address's minute starts with its first wrong try; when it is over, the count
 * starts again: a pupil who mistyped ten times waits at most a minute. The counts are kept in the
 * database ({@link Tallies}), so every server behind a load balancer counts the same tries.
 */
@Component
class JoinThrottle {

    static final int PER_CLIENT = 10;
    static final int PER_ADDRESS = 60;
    static final Duration WINDOW = Duration.ofMinutes(1);

    private final Clock clock;
    private final Tallies tallies;

    JoinThrottle(Clock clock, Tallies tallies) {
        this.clock = clock;
        this.tallies = tallies;
    }

    /** Seconds this browser waits before its next try, whatever it types; 0 when it may try now. */
    long clientWaitSeconds(JoinClient client) {
        return wait(clientKey(client), PER_CLIENT);
    }

    /** Seconds before a wrong code from this address is looked at again; 0 when it may be. Right codes never wait. */
    long addressWaitSeconds(JoinClient client) {
        return wait(addressKey(client), PER_ADDRESS);
    }

    void failed(JoinClient client) {
        Instant now = clock.instant();
        tallies.change(clientKey(client), now, old -> oneMore(old, now));
        tallies.change(addressKey(client), now, old -> oneMore(old, now));
    }

    private static Tally oneMore(Tally old, Instant now) {
        return old == null ? new Tally(1, now, null, now.plus(WINDOW)) : new Tally(old.failures() + 1, old.started(), null, old.expires());
    }

    private long wait(String key, int tries) {
        Instant now = clock.instant();
        Optional<Tally> tally = tallies.find(key, now);
        if (tally.isEmpty() || tally.get().failures() < tries) {
            return 0;
        }
        long millis = Duration.between(now, tally.get().expires()).toMillis();
        return Math.max(1, (millis + 999) / 1000);
    }

    private static String clientKey(JoinClient client) {
        return "join-browser|" + client.sessionKey();
    }

    private static String addressKey(JoinClient client) {
        return "join-address|" + client.address();
    }
}
