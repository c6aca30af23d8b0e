package org.workingrecord.lti;

import java.security.SecureRandom;
import java.sql.Timestamp;
import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import com.nimbusds.jose.util.JSONObjectUtils;

/**
 * Tickets to continue a framed launch in a new window (for browsers that keep no cookie inside another site's frame):
 * random, kept in the database for two minutes, taken once.
 */
@Component
class LtiTickets {

    static final Duration LIFETIME = Duration.ofMinutes(2);
    private static final SecureRandom RANDOM = new SecureRandom();

    private final JdbcTemplate jdbc;
    private final Clock clock;

    LtiTickets(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Who continues (a teacher's username, or a student), on which page, and for a teacher choosing a lesson, the request. */
    record Ticket(String username, Long studentId, String page, LtiDeepLinks.Request deepLink) {
    }

    @Transactional
    String issue(Ticket t) {
        jdbc.update("delete from lti_ticket where expires_at < ?", Timestamp.from(clock.instant()));
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String ticket = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        LtiDeepLinks.Request d = t.deepLink();
        String deepLink = d == null ? null : JSONObjectUtils.toJSONString(new LinkedHashMap<>(Map.of("platform", d.platformId(),
                "deployment", d.deploymentId(), "return", d.returnUrl(), "data", d.data() == null ? "" : d.data())));
        jdbc.update("insert into lti_ticket (ticket, username, student_id, page, deep_link, expires_at) values (?, ?, ?, ?, ?, ?)", ticket,
                t.username(), t.studentId(), t.page(), deepLink, Timestamp.from(clock.instant().plus(LIFETIME)));
        return ticket;
    }

    @Transactional
    Ticket take(String ticket) {
        if (ticket == null || ticket.length() > 64) {
            throw new LaunchRefused("lti.refused.ticket");
        }
        List<Ticket> found = jdbc.query("select username, student_id, page, deep_link from lti_ticket where ticket = ? and expires_at > ?",
                (rs, n) -> new Ticket(rs.getString(1), rs.getObject(2) == null ? null : rs.getLong(2), rs.getString(3),
                        deepLink(rs.getString(4))), ticket, Timestamp.from(clock.instant()));
        if (found.isEmpty() || jdbc.update("delete from lti_ticket where ticket = ?", ticket) != 1) {
            throw new LaunchRefused("lti.refused.ticket");
        }
        return found.getFirst();
    }

    private static LtiDeepLinks.Request deepLink(String json) {
        if (json == null) {
            return null;
        }
        try {
            Map<String, Object> d = JSONObjectUtils.parse(json);
            String data = (String) d.get("data");
            return new LtiDeepLinks.Request(((Number) d.get("platform")).longValue(), (String) d.get("deployment"), (String) d.get("return"),
                    data.isEmpty() ? null : data);
        } catch (ParseException e) {
            throw new LaunchRefused("lti.refused.ticket", e);
        }
    }
}
