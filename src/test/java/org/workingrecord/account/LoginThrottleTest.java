package org.workingrecord.account;

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

/** Who waits after wrong passwords, and who never does; the counts are the database's, as every server sees them. */
@SpringBootTest
@ActiveProfiles("test")
class LoginThrottleTest {

    @Autowired
    Tallies tallies;

    private final MovingClock clock = new MovingClock(Instant.parse("2026-12-02T09:00:00Z"));
    private LoginThrottle throttle;
    /** A username of this test's own: the database is shared with other tests. */
    private final String fay = "ms.fay." + UUID.randomUUID();

    @BeforeEach
    void aThrottleOnTheDatabase() {
        throttle = new LoginThrottle(clock, tallies);
    }

    @Test
    void wrongPasswordsFromOneAddressHoldUpOnlyThatAddress() {
        LoginThrottle.Tries guesser = new LoginThrottle.Tries(fay, "10.0.0.7", false);
        for (int i = 0; i < LoginThrottle.FREE_TRIES; i++) {
            throttle.failed(guesser);
        }
        assertThat(throttle.waitSeconds(guesser)).isEqualTo(30);
        assertThat(throttle.waitSeconds(new LoginThrottle.Tries(fay.toUpperCase(), "10.0.0.7", false))).as("usernames are not case-sensitive").isEqualTo(30);
        assertThat(throttle.waitSeconds(new LoginThrottle.Tries(fay, "192.168.1.20", false))).as("another address").isZero();
        assertThat(throttle.waitSeconds(new LoginThrottle.Tries(fay, "10.0.0.7", true))).as("the teacher's own browser").isZero();
        throttle.failed(guesser);
        assertThat(throttle.waitSeconds(guesser)).as("each further try waits twice as long").isEqualTo(60);
        clock.advance(Duration.ofSeconds(61));
        assertThat(throttle.waitSeconds(guesser)).isZero();
    }

    @Test
    void anotherServerSeesTheSameCounts() {
        LoginThrottle.Tries guesser = new LoginThrottle.Tries(fay, "10.0.0.8", false);
        LoginThrottle otherServer = new LoginThrottle(clock, tallies);
        for (int i = 0; i < LoginThrottle.FREE_TRIES; i++) {
            (i % 2 == 0 ? throttle : otherServer).failed(guesser);
        }
        assertThat(otherServer.waitSeconds(guesser)).as("five tries, spread over two servers").isEqualTo(30);
    }

    @Test
    void guessingFromManyAddressesIsSlowedForThemButNotForTheTeachersBrowser() {
        for (int i = 0; i < LoginThrottle.FREE_TRIES_EVERYWHERE; i++) {
            throttle.failed(new LoginThrottle.Tries(fay, "10.1.0." + i, false));
        }
        assertThat(throttle.waitSeconds(new LoginThrottle.Tries(fay, "10.2.0.1", false))).as("a new address").isPositive();
        assertThat(throttle.waitSeconds(new LoginThrottle.Tries(fay, "10.2.0.1", true))).as("the teacher's own browser").isZero();
        assertThat(throttle.waitSeconds(new LoginThrottle.Tries("other." + fay, "10.2.0.1", false))).as("another teacher").isZero();
    }

    @Test
    void theRightPasswordClearsItsCountAndOldCountsAreForgotten() {
        LoginThrottle.Tries teacher = new LoginThrottle.Tries(fay, "10.0.0.7", true);
        for (int i = 0; i < LoginThrottle.FREE_TRIES - 1; i++) {
            throttle.failed(teacher);
        }
        throttle.succeeded(teacher);
        throttle.failed(teacher);
        assertThat(throttle.waitSeconds(teacher)).as("four mistypes, then the right password: a fresh start").isZero();

        LoginThrottle.Tries guesser = new LoginThrottle.Tries(fay, "10.3.0.1", false);
        for (int i = 0; i < LoginThrottle.FREE_TRIES + 20; i++) {
            throttle.failed(guesser);
        }
        assertThat(throttle.waitSeconds(guesser)).as("the longest wait").isEqualTo(LoginThrottle.MAX_WAIT.toSeconds());
        clock.advance(LoginThrottle.MAX_WAIT.plusSeconds(1));
        throttle.failed(guesser);
        assertThat(throttle.waitSeconds(guesser)).as("a count untouched for longer than the longest wait starts again").isZero();
    }
}
