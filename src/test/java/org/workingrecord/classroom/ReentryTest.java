package org.workingrecord.classroom;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.workingrecord.secret.AppSecrets;

/** A browser's re-entry token brings its student back after a restart, and nothing else does. */
@SpringBootTest
@ActiveProfiles("test")
class ReentryTest {

    @Autowired
    ClassroomService classroom;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    AppSecrets secrets;

    private JoinOutcome.Joined join(String name) {
        ClassInfo c = classroom.createClass(900_001L, "10B");
        return (JoinOutcome.Joined) classroom.join(c.joinCode(), name, new JoinClient(name + Math.random(), "127.0.0.9"));
    }

    @Test
    void aTokenBringsItsStudentBack() {
        JoinOutcome.Joined anna = join("Anna");
        String token = classroom.reentryToken(anna.student());
        assertThat(classroom.reenter(token)).contains(anna.student());
        assertThat(token).doesNotContain(anna.resumeCode()).as("the token is not the resume code");
    }

    @Test
    void aTamperedOrMalformedTokenIsRefused() {
        JoinOutcome.Joined anna = join("Anna");
        JoinOutcome.Joined ben = join("Ben");
        String token = classroom.reentryToken(anna.student());
        String[] parts = token.split("\\.");
        // another student's id with Anna's signature
        assertThat(classroom.reenter(ben.student().studentId() + "." + parts[1] + "." + parts[2])).isEmpty();
        // a later expiry with the old signature
        assertThat(classroom.reenter(parts[0] + "." + (Long.parseLong(parts[1]) + 86_400) + "." + parts[2])).isEmpty();
        assertThat(classroom.reenter("")).isEmpty();
        assertThat(classroom.reenter("abc")).isEmpty();
        assertThat(classroom.reenter("1.2")).isEmpty();
        assertThat(classroom.reenter(null)).isEmpty();
        assertThat(classroom.reenter("x.y.z")).isEmpty();
    }

    @Test
    void aNewResumeCodeOrRemovalEndsTheToken() {
        JoinOutcome.Joined anna = join("Anna");
        String token = classroom.reentryToken(anna.student());
        classroom.resetResumeCode(900_001L, anna.student().studentId());
        assertThat(classroom.reenter(token)).as("a teacher gave a new code").isEmpty();

        JoinOutcome.Joined ben = join("Ben");
        String bens = classroom.reentryToken(ben.student());
        classroom.removeStudent(900_001L, ben.student().studentId());
        assertThat(classroom.reenter(bens)).isEmpty();
    }

    @Test
    void aTokenExpiresAfterAFewHours() {
        JoinOutcome.Joined anna = join("Anna");
        Instant now = Instant.parse("2026-12-01T08:00:00Z");
        ReentryTokens at8 = new ReentryTokens(secrets, Clock.fixed(now, ZoneOffset.UTC));
        String hash = jdbc.queryForObject("select resume_code_hash from student where id = ?", String.class,
                anna.student().studentId());
        String token = at8.issue(anna.student().studentId(), hash);
        Duration almost = ClassroomService.REENTRY_LIFETIME.minusMinutes(1);
        assertThat(new ReentryTokens(secrets, Clock.fixed(now.plus(almost), ZoneOffset.UTC)).valid(token, hash)).isTrue();
        assertThat(new ReentryTokens(secrets, Clock.fixed(now.plus(ClassroomService.REENTRY_LIFETIME), ZoneOffset.UTC))
                .valid(token, hash)).isFalse();
        assertThat(ClassroomService.REENTRY_LIFETIME).isLessThanOrEqualTo(Duration.ofHours(8));
    }

    @Test
    void theSigningSecretIsKeptInTheDatabase() {
        JoinOutcome.Joined anna = join("Anna");
        String token = classroom.reentryToken(anna.student());
        assertThat(jdbc.queryForObject("select count(*) from app_secret where name = 'reentry'", Integer.class)).isEqualTo(1);
        // a fresh instance (as after a restart) reads the same secret and accepts the token
        ReentryTokens afterRestart = new ReentryTokens(secrets, Clock.systemUTC());
        String hash = jdbc.queryForObject("select resume_code_hash from student where id = ?", String.class,
                anna.student().studentId());
        assertThat(afterRestart.valid(token, hash)).isTrue();
    }
}
