package org.workingrecord.lti;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.event.TransactionalEventListener;
import org.workingrecord.attempt.AttemptService;
import org.workingrecord.attempt.Standing;
import org.workingrecord.attempt.WorkChanged;
import org.workingrecord.classroom.ClassroomService;

import com.nimbusds.jose.util.JSONObjectUtils;

/**
 * Assignment and Grade Services: students' scores go to the platform's gradebook column of the link they launched.
 * When a student's work changes, their score is marked to send; a background task sends it (pending, without points,
 * until the teacher releases the marks; then fully graded with the points), tries again after a failure, later each
 * time, and keeps each student's state for the teacher's page. Several servers may send: each score is claimed first.
 */
@Service
public class LtiScores {

    static final String SCOPE = "https://purl.imsglobal.org/spec/lti-ags/scope/score";
    private static final Logger log = LoggerFactory.getLogger(LtiScores.class);
    /** A score being sent by a server that stopped is tried again after this. */
    private static final Duration CLAIM = Duration.ofMinutes(5);

    public enum Status { WAITING, SENDING, SENT, FAILED }

    /** One student's score as the teacher's page shows it. */
    public record Row(String student, Status status, boolean fullyGraded, double points, double maxPoints, int tries,
                      String lastError, Instant sentAt) {
    }

    private final JdbcTemplate jdbc;
    private final LtiPlatforms platforms;
    private final PlatformTokens tokens;
    private final AttemptService attempts;
    private final ClassroomService classroom;
    private final Clock clock;

    LtiScores(JdbcTemplate jdbc, LtiPlatforms platforms, PlatformTokens tokens, AttemptService attempts, ClassroomService classroom,
              Clock clock) {
        this.jdbc = jdbc;
        this.platforms = platforms;
        this.tokens = tokens;
        this.attempts = attempts;
        this.classroom = classroom;
        this.clock = clock;
    }

    /** After a change commits: the scores of the students it touched that a platform's column waits for are marked to send. */
    @TransactionalEventListener(fallbackExecution = true)
    void changed(WorkChanged e) {
        if (jdbc.queryForObject("select count(*) from lti_link where assignment_id = ? and line_item is not null", Integer.class,
                e.assignmentId()) == 0) {
            return;
        }
        String linked = "select s.student_id from lti_student s join assignment a on a.class_id = s.class_id"
                + " join lti_link l on l.assignment_id = a.id and l.class_id = a.class_id and l.platform_id = s.platform_id where a.id = ?";
        List<Long> students = e.studentId() == null ? jdbc.queryForList(linked, Long.class, e.assignmentId())
                : jdbc.queryForList(linked + " and s.student_id = ?", Long.class, e.assignmentId(), e.studentId());
        Timestamp now = Timestamp.from(clock.instant());
        for (long student : students) {
            mark(e.assignmentId(), student, now);
        }
    }

    private void mark(long assignmentId, long studentId, Timestamp now) {
        int updated = jdbc.update("update lti_score set status = 'WAITING', tries = 0, changed_at = ?, next_try_at = ?"
                + " where assignment_id = ? and student_id = ?", now, now, assignmentId, studentId);
        if (updated == 0) {
            try {
                jdbc.update("insert into lti_score (assignment_id, student_id, grading, score_given, score_maximum, status, tries,"
                        + " changed_at, next_try_at) values (?, ?, 'PENDING', 0, 0, 'WAITING', 0, ?, ?)", assignmentId, studentId, now, now);
            } catch (DuplicateKeyException raced) {
                mark(assignmentId, studentId, now);
            }
        }
    }

    @Scheduled(fixedDelayString = "${workingrecord.lti.score-delay:15000}", initialDelayString = "${workingrecord.lti.score-delay:15000}")
    void sendInTheBackground() {
        int sent = sendDue();
        if (sent > 0) {
            log.debug("Sent {} scores to learning platforms", sent);
        }
    }

    private record Due(long assignment, long student, int tries, Timestamp changed) {
    }

    /** Sends the scores due now, up to 50; how many went. */
    int sendDue() {
        Instant now = clock.instant();
        List<Due> due = jdbc.query("select assignment_id, student_id, tries, changed_at from lti_score"
                + " where status <> 'SENT' and next_try_at <= ? order by next_try_at",
                (rs, n) -> new Due(rs.getLong(1), rs.getLong(2), rs.getInt(3), rs.getTimestamp(4)), Timestamp.from(now));
        int sent = 0;
        for (Due row : due.subList(0, Math.min(50, due.size()))) {
            long assignment = row.assignment();
            long student = row.student();
            int tries = row.tries();
            Timestamp changed = row.changed();
            // claimed by this server: another one finds next_try_at moved on
            if (jdbc.update("update lti_score set status = 'SENDING', next_try_at = ? where assignment_id = ? and student_id = ?"
                    + " and status <> 'SENT' and next_try_at <= ?", Timestamp.from(now.plus(CLAIM)), assignment, student, Timestamp.from(now)) != 1) {
                continue;
            }
            try {
                Standing standing = send(assignment, student);
                // a change made while this was sent is sent again
                jdbc.update("update lti_score set status = case when changed_at = ? then 'SENT' else 'WAITING' end, tries = 0, last_error = null,"
                        + " grading = ?, score_given = ?, score_maximum = ?, sent_at = ?, next_try_at = ? where assignment_id = ? and student_id = ?",
                        changed, standing.released() ? "FULLY_GRADED" : "PENDING", standing.released() ? standing.points() : 0,
                        standing.maxPoints(), Timestamp.from(clock.instant()), Timestamp.from(clock.instant()), assignment, student);
                sent++;
            } catch (PlatformTokens.PlatformError | RuntimeException e) {
                // later each time: 1, 2, 4 ... minutes, at most 6 hours
                Duration wait = Duration.ofMinutes(1L << Math.min(tries, 9)).compareTo(Duration.ofHours(6)) > 0 ? Duration.ofHours(6)
                        : Duration.ofMinutes(1L << Math.min(tries, 9));
                String reason = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
                jdbc.update("update lti_score set status = 'FAILED', tries = ?, last_error = ?, next_try_at = ? where assignment_id = ? and student_id = ?",
                        tries + 1, reason.length() > 300 ? reason.substring(0, 300) : reason, Timestamp.from(clock.instant().plus(wait)),
                        assignment, student);
                log.info("A score for a learning platform was not taken ({}); trying again in {}", reason, wait);
            }
        }
        return sent;
    }

    private Standing send(long assignmentId, long studentId) throws PlatformTokens.PlatformError {
        Map<String, Object> where = jdbc.queryForMap("select l.line_item, l.platform_id, s.subject, c.owner_id from lti_link l"
                + " join assignment a on a.id = l.assignment_id join school_class c on c.id = a.class_id"
                + " join lti_student s on s.class_id = c.id and s.platform_id = l.platform_id and s.student_id = ?"
                + " where l.assignment_id = ? and l.line_item is not null", studentId, assignmentId);
        LtiPlatform platform = platforms.byId(((Number) where.get("platform_id")).longValue())
                .orElseThrow(() -> new IllegalStateException("platform removed"));
        Standing standing = attempts.standing(((Number) where.get("owner_id")).longValue(), assignmentId, studentId);
        Map<String, Object> score = new LinkedHashMap<>();
        score.put("userId", where.get("subject"));
        score.put("timestamp", clock.instant().truncatedTo(ChronoUnit.MILLIS).toString());
        score.put("activityProgress", standing.handedIn() ? "Submitted" : standing.started() ? "InProgress" : "Initialized");
        score.put("gradingProgress", standing.released() ? "FullyGraded" : "Pending");
        score.put("scoreMaximum", standing.maxPoints());
        if (standing.released()) {
            score.put("scoreGiven", standing.points());
        }
        String lineItem = (String) where.get("line_item");
        int query = lineItem.indexOf('?');
        String scores = query < 0 ? lineItem + "/scores" : lineItem.substring(0, query) + "/scores" + lineItem.substring(query);
        HttpResponse<String> r = tokens.send(HttpRequest.newBuilder(URI.create(scores)).timeout(PlatformTokens.TIMEOUT)
                .header("Authorization", "Bearer " + tokens.token(platform, SCOPE))
                .header("Content-Type", "application/vnd.ims.lis.v1.score+json")
                .POST(HttpRequest.BodyPublishers.ofString(JSONObjectUtils.toJSONString(score))).build());
        if (r.statusCode() / 100 != 2) {
            throw new PlatformTokens.PlatformError("score " + r.statusCode() + ": " + r.body());
        }
        return standing;
    }

    /** Each linked student's score for the teacher's assignment, by name. */
    public List<Row> statuses(long teacherId, long assignmentId) {
        classroom.assignmentOf(teacherId, assignmentId);
        return jdbc.query("select st.display_name, ls.status, ls.grading, ls.score_given, ls.score_maximum, ls.tries, ls.last_error, ls.sent_at"
                + " from lti_score ls join student st on st.id = ls.student_id where ls.assignment_id = ? order by st.name_key",
                (rs, n) -> new Row(rs.getString(1), Status.valueOf(rs.getString(2)), "FULLY_GRADED".equals(rs.getString(3)),
                        rs.getDouble(4), rs.getDouble(5), rs.getInt(6), rs.getString(7),
                        rs.getTimestamp(8) == null ? null : rs.getTimestamp(8).toInstant()), assignmentId);
    }

    /** The teacher asks for the failed ones to be tried again now. */
    public void retry(long teacherId, long assignmentId) {
        classroom.assignmentOf(teacherId, assignmentId);
        jdbc.update("update lti_score set next_try_at = ? where assignment_id = ? and status = 'FAILED'", Timestamp.from(clock.instant()),
                assignmentId);
    }

    /** Whether this assignment has a column in a platform's gradebook. */
    public boolean linked(long teacherId, long assignmentId) {
        classroom.assignmentOf(teacherId, assignmentId);
        return jdbc.queryForObject("select count(*) from lti_link where assignment_id = ? and line_item is not null", Integer.class,
                assignmentId) > 0;
    }
}
