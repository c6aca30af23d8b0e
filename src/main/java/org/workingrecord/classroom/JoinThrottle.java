package org.workingrecord.classroom;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.springframework.stereotype.Component;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.TimeMeter;

/**
 * Slows down guessing of class and resume codes. Only wrong tries count, so a class of 35 joining
 * at once from one school address is never held up by the ones who type well. Limits: 10 wrong
 * tries a minute from one browser, which then waits whatever it types; 60 from one network
 * address, after which that address's wrong codes are refused without a look, but a right code
 * still gets in: a whole school behind one address is never locked out by one pupil's script.
 *
 * <p>Each browser and each address has a token bucket (Bucket4j) of that many wrong tries, filled up
 * again a minute after its first wrong try (and each minute after that): a pupil who mistyped ten
 * times waits at most a minute. The buckets live in bounded maps (Caffeine) that forget a bucket
 * nobody has touched for a minute: by then it is full again, so forgetting it changes nothing.
 */
@Component
class JoinThrottle {

    static final int PER_CLIENT = 10;
    static final int PER_ADDRESS = 60;
    static final Duration WINDOW = Duration.ofMinutes(1);
    /** Browsers and addresses remembered at most; a script making up session ids cannot fill the memory. */
    static final int MAX_KEPT = 100_000;

    private final Clock clock;
    private final TimeMeter time;
    private final Cache<String, Bucket> clients;
    private final Cache<String, Bucket> addresses;

    JoinThrottle(Clock clock) {
        this.clock = clock;
        this.time = new TimeMeter() {
            @Override
            public long currentTimeNanos() {
                return nanos();
            }

            @Override
            public boolean isWallClockBased() {
                return true;
            }
        };
        this.clients = Caffeine.newBuilder().expireAfterAccess(WINDOW).maximumSize(MAX_KEPT).ticker(this::nanos).build();
        this.addresses = Caffeine.newBuilder().expireAfterAccess(WINDOW).maximumSize(MAX_KEPT).ticker(this::nanos).build();
    }

    private long nanos() {
        return Duration.between(Instant.EPOCH, clock.instant()).toNanos();
    }

    /** Seconds this browser waits before its next try, whatever it types; 0 when it may try now. */
    long clientWaitSeconds(JoinClient client) {
        return wait(clients.getIfPresent(client.sessionKey()));
    }

    /** Seconds before a wrong code from this address is looked at again; 0 when it may be. Right codes never wait. */
    long addressWaitSeconds(JoinClient client) {
        return wait(addresses.getIfPresent(client.address()));
    }

    void failed(JoinClient client) {
        clients.get(client.sessionKey(), k -> bucket(PER_CLIENT)).tryConsume(1);
        addresses.get(client.address(), k -> bucket(PER_ADDRESS)).tryConsume(1);
    }

    /** How many browsers and addresses are remembered now (after forgetting the stale ones). */
    long size() {
        clients.cleanUp();
        addresses.cleanUp();
        return clients.estimatedSize() + addresses.estimatedSize();
    }

    private Bucket bucket(int tries) {
        return Bucket.builder().addLimit(Bandwidth.builder().capacity(tries).refillIntervally(tries, WINDOW).build())
                .withCustomTimePrecision(time).build();
    }

    private static long wait(Bucket bucket) {
        if (bucket == null) {
            return 0;
        }
        long nanos = bucket.estimateAbilityToConsume(1).getNanosToWaitForRefill();
        return nanos == 0 ? 0 : Math.max(1, (nanos + 999_999_999) / 1_000_000_000);
    }
}
