package org.workingrecord.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.workingrecord.support.MovingClock;

/** Who waits after wrong passwords, and who never does. */
class LoginThrottleTest {

    private final MovingClock clock = new MovingClock(Instant.parse("2026-12-02T09:00:00Z"));
    private final LoginThrottle throttle = new LoginThrottle(clock);

    @Test
    void wrongPasswordsFromOneAddressHoldUpOnlyThatAddress() {
        LoginThrottle.Tries guesser = new LoginThrottle.Tries("ms.fay", "10.0.0.7", false);
        for (int i = 0; i < LoginThrottle.FREE_TRIES; i++) {
            throttle.failed(guesser);
        }
        assertThat(throttle.waitSeconds(guesser)).isEqualTo(30);
        assertThat(throttle.waitSeconds(new LoginThrottle.Tries("MS.FAY", "10.0.0.7", false))).as("usernames are not case-sensitive").isEqualTo(30);
        assertThat(throttle.waitSeconds(new LoginThrottle.Tries("ms.fay", "192.168.1.20", false))).as("another address").isZero();
        assertThat(throttle.waitSeconds(new LoginThrottle.Tries("ms.fay", "10.0.0.7", true))).as("the teacher's own browser").isZero();
        throttle.failed(guesser);
        assertThat(throttle.waitSeconds(guesser)).as("each further try waits twice as long").isEqualTo(60);
        clock.advance(Duration.ofSeconds(61));
        assertThat(throttle.waitSeconds(guesser)).isZero();
    }

    @Test
    void guessingFromManyAddressesIsSlowedForThemButNotForTheTeachersBrowser() {
        for (int i = 0; i < LoginThrottle.FREE_TRIES_EVERYWHERE; i++) {
            throttle.failed(new LoginThrottle.Tries("ms.fay", "10.1.0." + i, false));
        }
        assertThat(throttle.waitSeconds(new LoginThrottle.Tries("ms.fay", "10.2.0.1", false))).as("a new address").isPositive();
        assertThat(throttle.waitSeconds(new LoginThrottle.Tries("ms.fay", "10.2.0.1", true))).as("the teacher's own browser").isZero();
        assertThat(throttle.waitSeconds(new LoginThrottle.Tries("mr.other", "10.2.0.1", false))).as("another teacher").isZero();
    }

    @Test
    void theRightPasswordClearsItsCountAndOldCountsAreForgotten() {
        LoginThrottle.Tries teacher = new LoginThrottle.Tries("ms.fay", "10.0.0.7", true);
        for (int i = 0; i < LoginThrottle.FREE_TRIES - 1; i++) {
            throttle.failed(teacher);
        }
        throttle.succeeded(teacher);
        throttle.failed(teacher);
        assertThat(throttle.waitSeconds(teacher)).as("four mistypes, then the right password: a fresh start").isZero();
        for (int i = 0; i < 10_001; i++) {
            throttle.failed(new LoginThrottle.Tries("user" + i, "10.3.0.1", false));
        }
        assertThat(throttle.size()).isGreaterThan(10_000);
        clock.advance(LoginThrottle.MAX_WAIT.plus(Duration.ofMinutes(1)));
        throttle.failed(new LoginThrottle.Tries("late", "10.4.0.1", false));
        assertThat(throttle.size()).as("counts untouched for longer than the longest wait are dropped").isLessThan(10);
    }
}
