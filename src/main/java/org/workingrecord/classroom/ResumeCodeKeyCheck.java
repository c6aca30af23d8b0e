package org.workingrecord.classroom;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * At start, counts the students whose resume code was hashed with another key than today's (the key
 * file lost, or a database restored without it) and says so in the log, with what to do: those
 * codes cannot open anything, and a teacher would otherwise only hear "my code doesn't work".
 */
@Component
class ResumeCodeKeyCheck {

    private static final Logger LOG = LoggerFactory.getLogger(ResumeCodeKeyCheck.class);

    private final JdbcTemplate jdbc;
    private final ResumeCodeKey key;

    ResumeCodeKeyCheck(JdbcTemplate jdbc, ResumeCodeKey key) {
        this.jdbc = jdbc;
        this.key = key;
    }

    /** How many students' resume codes this key cannot open. */
    long otherKey() {
        Long n = jdbc.queryForObject("select count(*) from student where resume_code_hash not like ?", Long.class,
                key.prefix() + "%");
        return n == null ? 0 : n;
    }

    @EventListener(ApplicationReadyEvent.class)
    void check() {
        long n = otherKey();
        if (n > 0) {
            LOG.warn("{} students' resume codes were made with another key than the one in {}: they cannot come back "
                    + "with their codes. Put back the key file from the backup this database came from, or give each of "
                    + "them a new one on their class page (New resume code).", n, key.source());
        }
    }
}
