package org.workingrecord.lti;

import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Logins under way: the OIDC state and nonce this tool sent a platform, kept in the database (so any server may
 * take the launch, and no third-party cookie is needed) for ten minutes, and taken once.
 */
@Component
class LtiLogins {

    static final Duration LIFETIME = Duration.ofMinutes(10);
    private static final SecureRandom RANDOM = new SecureRandom();

    private final JdbcTemplate jdbc;
    private final Clock clock;

    LtiLogins(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    record Started(String state, String nonce) {
    }

    record Pending(long platformId, String nonce) {
    }

    @Transactional
    Started start(long platformId) {
        jdbc.update("delete from lti_login where expires_at < ?", Timestamp.from(clock.instant()));
        Started s = new Started(random(), random());
        jdbc.update("insert into lti_login (state, nonce, platform_id, expires_at) values (?, ?, ?, ?)", s.state(), s.nonce(),
                platformId, Timestamp.from(clock.instant().plus(LIFETIME)));
        return s;
    }

    /** The login this state began, taken so it cannot be used again; LaunchRefused when unknown, used or expired. */
    @Transactional
    Pending take(String state) {
        if (state == null || state.isBlank() || state.length() > 64) {
            throw new LaunchRefused("lti.refused.state");
        }
        List<Pending> found = jdbc.query("select platform_id, nonce from lti_login where state = ? and expires_at > ?",
                (rs, n) -> new Pending(rs.getLong(1), rs.getString(2)), state, Timestamp.from(clock.instant()));
        // the delete decides: of two launches with one state, on one server or two, only one deletes the row
        if (found.isEmpty() || jdbc.update("delete from lti_login where state = ?", state) != 1) {
            throw new LaunchRefused("lti.refused.state");
        }
        return found.getFirst();
    }

    private static String random() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
