package org.workingrecord.lti;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.text.ParseException;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.workingrecord.account.TeacherInfo;
import org.workingrecord.account.TeacherSeeding;
import org.workingrecord.attempt.AttemptService;
import org.workingrecord.attempt.SavedAnswer;
import org.workingrecord.classroom.ClassroomService;
import org.workingrecord.classroom.FeedbackMode;
import org.workingrecord.classroom.StudentRef;
import org.workingrecord.grading.Answer;
import org.workingrecord.support.Administrators;

import com.nimbusds.jose.util.JSONObjectUtils;
import com.nimbusds.jwt.JWTClaimsSet;

/**
 * The platform's services, with a simulated platform: scores to its gradebook (pending, then fully graded when marks
 * are released, tried again after a failure, each student's state for the teacher), the class list from its roster,
 * and a lesson chosen for the course (deep linking) signed for the platform to check.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class LtiServicesTest {

    static SimulatedPlatform platform;

    @LocalServerPort
    int port;

    @Autowired
    LtiPlatforms platforms;

    @Autowired
    LtiScores scores;

    @Autowired
    LtiRoster roster;

    @Autowired
    LtiDeepLinks deepLinks;

    @Autowired
    ClassroomService classroom;

    @Autowired
    AttemptService attempts;

    @Autowired
    TeacherSeeding seeding;

    @Autowired
    JdbcTemplate jdbc;

    @BeforeAll
    static void platformUp() throws Exception {
        platform = new SimulatedPlatform();
    }

    @AfterAll
    static void platformDown() {
        platform.close();
    }

    private Launcher launcher() {
        platform.trustTool("http://localhost:" + port + "/lti/jwks");
        if (jdbc.queryForObject("select count(*) from lti_platform where issuer = ?", Integer.class, platform.issuer()) == 0) {
            TeacherInfo admin = Administrators.seed(seeding, jdbc, "svc.admin" + System.nanoTime(), "Admin");
            platform.registerWith(platforms, admin.id(), "Simulated", platform.authUrl(), SimulatedPlatform.DEPLOYMENT);
        }
        return new Launcher("http://localhost:" + port, platform);
    }

    /** The assignment a teacher's launch sent them to. */
    private static long assignmentOf(HttpResponse<String> launched) {
        String page = launched.headers().firstValue("Location").orElseThrow();
        return Long.parseLong(page.substring(page.lastIndexOf('/') + 1));
    }

    private long teacherOf(long assignmentId) {
        return jdbc.queryForObject("select c.owner_id from assignment a join school_class c on c.id = a.class_id where a.id = ?",
                Long.class, assignmentId);
    }

    private StudentRef studentOf(String subject, long assignmentId) {
        long id = jdbc.queryForObject("select s.student_id from lti_student s join assignment a on a.class_id = s.class_id"
                + " where s.subject = ? and a.id = ?", Long.class, subject, assignmentId);
        return classroom.current(id).orElseThrow();
    }

    private static Map<String, Object> json(String s) throws ParseException {
        return JSONObjectUtils.parse(s);
    }

    @Test
    void scoresGoPendingThenFullyGradedAndAFailureIsTriedAgainWithItsStateShown() throws Exception {
        Launcher l = launcher();
        String course = "course-" + UUID.randomUUID();
        HttpResponse<String> teacher = l.launch("t-" + course, SimulatedPlatform.INSTRUCTOR, "Lilla", "Varga", course, "link-1",
                Map.of("lesson", "who-said-what"), c -> platform.withServices(c, "1"));
        long assignment = assignmentOf(teacher);
        long teacherId = teacherOf(assignment);
        l.launch("s-" + course, SimulatedPlatform.LEARNER, "Ábel", "Fodor", course, "link-1", Map.of(), c -> platform.withServices(c, "1"));
        StudentRef abel = studentOf("s-" + course, assignment);
        assertThat(scores.linked(teacherId, assignment)).isTrue();

        attempts.save(abel, assignment, "quiz/who-capitulation", Answer.WhoSaidIt.of("zhukov"), SavedAnswer.NONE);
        attempts.submit(abel, assignment);
        platform.scores.clear();
        assertThat(scores.sendDue()).isEqualTo(1);
        Map<String, Object> pending = json(platform.scores.getLast());
        assertThat(pending).containsEntry("userId", "s-" + course).containsEntry("activityProgress", "Submitted")
                .containsEntry("gradingProgress", "Pending").doesNotContainKey("scoreGiven");
        assertThat(((Number) pending.get("scoreMaximum")).intValue()).isGreaterThan(1);
        assertThat(scores.statuses(teacherId, assignment)).singleElement().satisfies(r -> {
            assertThat(r.student()).isEqualTo("Ábel F.");
            assertThat(r.status()).isEqualTo(LtiScores.Status.SENT);
            assertThat(r.fullyGraded()).isFalse();
        });

        // the platform is busy twice: the score waits, is tried again later, and goes
        platform.refuseScores.set(2);
        attempts.releaseGrades(teacherId, assignment);
        assertThat(scores.sendDue()).isZero();
        LtiScores.Row failed = scores.statuses(teacherId, assignment).getFirst();
        assertThat(failed.status()).isEqualTo(LtiScores.Status.FAILED);
        assertThat(failed.tries()).isEqualTo(1);
        assertThat(failed.lastError()).isEqualTo("score 503: gradebook busy");
        assertThat(scores.sendDue()).as("not before its time").isZero();
        scores.retry(teacherId, assignment);
        assertThat(scores.sendDue()).isZero();
        assertThat(scores.statuses(teacherId, assignment).getFirst().tries()).isEqualTo(2);
        scores.retry(teacherId, assignment);
        assertThat(scores.sendDue()).isEqualTo(1);
        Map<String, Object> graded = json(platform.scores.getLast());
        assertThat(graded).containsEntry("gradingProgress", "FullyGraded").containsEntry("scoreGiven", 1L);
        assertThat(scores.statuses(teacherId, assignment).getFirst()).satisfies(r -> {
            assertThat(r.status()).isEqualTo(LtiScores.Status.SENT);
            assertThat(r.fullyGraded()).isTrue();
            assertThat(r.points()).isEqualTo(1.0);
            assertThat(r.lastError()).isNull();
        });
        // nothing changed: nothing more to send
        assertThat(scores.sendDue()).isZero();
    }

    @Test
    void theTeacherBringsTheClassListFromTheRoster() throws Exception {
        Launcher l = launcher();
        String course = "course-" + UUID.randomUUID();
        HttpResponse<String> teacher = l.launch("t-" + course, SimulatedPlatform.INSTRUCTOR, "Réka", "Szabó", course, "link-1",
                Map.of("lesson", "who-said-what"), c -> platform.withServices(c, "2"));
        long assignment = assignmentOf(teacher);
        long teacherId = teacherOf(assignment);
        // the link's id is the one another course has too (a copied course): this course's class has its own assignment
        assertThat(jdbc.queryForObject("select display_name from teacher where id = ?", String.class, teacherId)).isEqualTo("Réka S.");
        long classId = classroom.assignmentOf(teacherId, assignment).classId();
        HttpResponse<String> learner = l.launch("m-1", SimulatedPlatform.LEARNER, "Máté", "Horváth", course, "link-1", Map.of(),
                c -> platform.withServices(c, "2"));
        assertThat(learner.statusCode()).as(learner.body()).isEqualTo(303);
        platform.members = List.of(
                Map.of("user_id", "m-1", "status", "Active", "given_name", "Máté", "family_name", "Horváth", "roles", List.of("Learner")),
                Map.of("user_id", "m-2", "status", "Active", "given_name", "Nóra", "family_name", "Kelemen", "email", "nora@school.example",
                        "roles", List.of(LaunchCheck.MEMBERSHIP + "Learner")),
                Map.of("user_id", "m-3", "status", "Inactive", "given_name", "Olga", "family_name", "Left", "roles", List.of("Learner")),
                Map.of("user_id", "t-" + course, "status", "Active", "given_name", "Réka", "family_name", "Szabó", "roles", List.of("Instructor")));
        assertThat(roster.offered(teacherId, classId)).isTrue();
        LtiRoster.Synced synced = roster.sync(teacherId, classId);
        assertThat(synced).isEqualTo(new LtiRoster.Synced(1, 1, null));
        assertThat(classroom.roster(teacherId, classId)).extracting(s -> s.displayName()).containsExactly("Máté H.", "Nóra K.");
        assertThat(roster.sync(teacherId, classId)).as("again: nobody new").isEqualTo(new LtiRoster.Synced(0, 2, null));
        assertThat(jdbc.queryForList("select * from student").toString()).doesNotContain("school.example").doesNotContain("Kelemen");
    }

    @Test
    void aLessonChosenForTheCourseIsSignedForThePlatformAndBecomesTheClassAssignment() throws Exception {
        Launcher l = launcher();
        String course = "course-" + UUID.randomUUID();
        Map<String, String> q = l.login(platform.issuer());
        HttpResponse<String> choosing = l.post(platform.sign(platform.deepLinking(platform.launch(q.get("nonce"), "t-" + course,
                SimulatedPlatform.INSTRUCTOR, "Zita", "Balogh", course, "unused", Map.of()))), q.get("state"));
        assertThat(choosing.statusCode()).as(choosing.body()).isEqualTo(303);
        assertThat(choosing.headers().firstValue("Location")).contains("http://localhost:" + port + "/teach/platform-activity");
        long teacherId = jdbc.queryForObject("select teacher_id from lti_user where subject = ?", Long.class, "t-" + course);

        LtiDeepLinks.Answer answer = deepLinks.answer(teacherId, new LtiDeepLinks.Request(
                jdbc.queryForObject("select id from lti_platform where issuer = ?", Long.class, platform.issuer()),
                SimulatedPlatform.DEPLOYMENT, platform.issuer() + "/deep-link-return", "opaque-data-42"),
                "hard-or-soft-line", FeedbackMode.AFTER_SUBMISSION, "http://localhost:" + port + "/lti/launch");
        HttpResponse<String> back = l.http.send(HttpRequest.newBuilder(URI.create(answer.returnUrl()))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("JWT=" + Launcher.enc(answer.jwt()))).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(back.statusCode()).as(back.body()).isEqualTo(200);
        JWTClaimsSet claims = platform.deepLinks.getLast();
        assertThat(claims.getIssuer()).isEqualTo(SimulatedPlatform.CLIENT);
        assertThat(claims.getAudience()).containsExactly(platform.issuer());
        assertThat(claims.getStringClaim(LaunchCheck.CLAIM + "message_type")).isEqualTo("LtiDeepLinkingResponse");
        assertThat(claims.getStringClaim(LaunchCheck.DEEP_LINKING + "data")).isEqualTo("opaque-data-42");
        @SuppressWarnings("unchecked")
        Map<String, Object> item = (Map<String, Object>) ((List<?>) claims.getClaim(LaunchCheck.DEEP_LINKING + "content_items")).getFirst();
        assertThat(item).containsEntry("type", "ltiResourceLink").containsEntry("url", "http://localhost:" + port + "/lti/launch");
        @SuppressWarnings("unchecked")
        Map<String, Object> custom = (Map<String, Object>) item.get("custom");
        assertThat(custom).containsEntry("lesson", "hard-or-soft-line").containsEntry("feedback", "after-submission");

        // the platform launches the new link with its custom parameters: the class gets the lesson, feedback after hand-in
        HttpResponse<String> launched = l.launch("t-" + course, SimulatedPlatform.INSTRUCTOR, "Zita", "Balogh", course, "new-link",
                Map.of("lesson", "hard-or-soft-line", "feedback", "after-submission"), c -> c);
        long assignment = assignmentOf(launched);
        assertThat(classroom.assignmentOf(teacherId, assignment).lessonId()).isEqualTo("hard-or-soft-line");
        assertThat(classroom.assignmentOf(teacherId, assignment).feedbackMode()).isEqualTo(FeedbackMode.AFTER_SUBMISSION);
    }
}
