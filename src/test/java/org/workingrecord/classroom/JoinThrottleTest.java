package org.workingrecord.classroom;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.workingrecord.support.MovingClock;

/** Wrong class and resume codes: how long a browser and an address wait, and that the waits end. */
class JoinThrottleTest {

    private final MovingClock clock = new MovingClock(Instant.parse("2026-12-04T09:00:00Z"));
    private final JoinThrottle throttle = new JoinThrottle(clock);

    @Test
    void aBrowserWaitsAfterTenWrongTriesAMinuteAndThenMayTryAgain() {
        JoinClient pupil = new JoinClient("session-1", "10.0.0.1");
        for (int i = 0; i < JoinThrottle.PER_CLIENT; i++) {
            assertThat(throttle.clientWaitSeconds(pupil)).as("try " + (i + 1)).isZero();
            throttle.failed(pupil);
            clock.advance(Duration.ofSeconds(2));
        }
        // ten wrong tries in 20 s: the rest of the minute since the first
        assertThat(throttle.clientWaitSeconds(pupil)).isEqualTo(40);
        assertThat(throttle.clientWaitSeconds(new JoinClient("session-2", "10.0.0.1"))).as("the next browser").isZero();
        clock.advance(Duration.ofSeconds(39));
        assertThat(throttle.clientWaitSeconds(pupil)).isEqualTo(1);
        clock.advance(Duration.ofSeconds(1));
        assertThat(throttle.clientWaitSeconds(pupil)).as("a new minute, ten new tries").isZero();
    }

    @Test
    void anAddressCountsEveryBrowserBehindIt() {
        for (int i = 0; i < JoinThrottle.PER_ADDRESS; i++) {
            throttle.failed(new JoinClient("script-" + i, "10.0.0.9"));
        }
        JoinClient next = new JoinClient("script-next", "10.0.0.9");
        assertThat(throttle.clientWaitSeconds(next)).as("a new browser has its own count").isZero();
        assertThat(throttle.addressWaitSeconds(next)).isEqualTo(60);
        assertThat(throttle.addressWaitSeconds(new JoinClient("x", "10.0.0.10"))).as("another address").isZero();
    }

    @Test
    void untouchedCountsAreForgottenAndMemoryStaysBounded() {
        for (int i = 0; i < 5_000; i++) {
            throttle.failed(new JoinClient("made-up-" + i, "10.1." + (i / 250) + "." + (i % 250)));
        }
        assertThat(throttle.size()).isEqualTo(10_000);
        clock.advance(JoinThrottle.WINDOW.plusSeconds(1));
        assertThat(throttle.size()).as("a minute later every bucket is full again, and forgotten").isZero();
    }
}
