package org.workingrecord.classroom;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.workingrecord.support.MovingClock;
import org.workingrecord.throttle.Tallies;

/** Wrong class and resume codes: how long a browser and an address wait, and that the waits end. */
@SpringBootTest
@ActiveProfiles("test")
class JoinThrottleTest {

    @Autowired
    Tallies tallies;

    private final MovingClock clock = new MovingClock(Instant.parse("2026-12-04T09:00:00Z"));
    private JoinThrottle throttle;
    /** Browsers and addresses of this test's own: the database is shared with other tests. */
    private final String run = UUID.randomUUID().toString();

    @BeforeEach
    void aThrottleOnTheDatabase() {
        throttle = new JoinThrottle(clock, tallies);
    }

    private JoinClient client(String session, String address) {
        return new JoinClient(session + "-" + run, address + "-" + run);
    }

    @Test
    void aBrowserWaitsAfterTenWrongTriesAMinuteAndThenMayTryAgain() {
        JoinClient pupil = client("session-1", "10.0.0.1");
        for (int i = 0; i < JoinThrottle.PER_CLIENT; i++) {
            assertThat(throttle.clientWaitSeconds(pupil)).as("try " + (i + 1)).isZero();
            throttle.failed(pupil);
            clock.advance(Duration.ofSeconds(2));
        }
        // ten wrong tries in 20 s: the rest of the minute since the first
        assertThat(throttle.clientWaitSeconds(pupil)).isEqualTo(40);
        assertThat(throttle.clientWaitSeconds(client("session-2", "10.0.0.1"))).as("the next browser").isZero();
        clock.advance(Duration.ofSeconds(39));
        assertThat(throttle.clientWaitSeconds(pupil)).isEqualTo(1);
        clock.advance(Duration.ofSeconds(1));
        assertThat(throttle.clientWaitSeconds(pupil)).as("a new minute, ten new tries").isZero();
    }

    @Test
    void anAddressCountsEveryBrowserBehindItOnEveryServer() {
        JoinThrottle otherServer = new JoinThrottle(clock, tallies);
        for (int i = 0; i < JoinThrottle.PER_ADDRESS; i++) {
            (i % 2 == 0 ? throttle : otherServer).failed(client("script-" + i, "10.0.0.9"));
        }
        JoinClient next = client("script-next", "10.0.0.9");
        assertThat(throttle.clientWaitSeconds(next)).as("a new browser has its own count").isZero();
        assertThat(throttle.addressWaitSeconds(next)).as("sixty tries, spread over two servers").isEqualTo(60);
        assertThat(throttle.addressWaitSeconds(client("x", "10.0.0.10"))).as("another address").isZero();
    }
}
