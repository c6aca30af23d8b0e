package org.workingrecord.gradebook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.ActiveProfiles;
import org.workingrecord.account.AccountService;
import org.workingrecord.account.TeacherInfo;
import org.workingrecord.account.TeacherSeeding;
import org.workingrecord.attempt.AttemptService;
import org.workingrecord.attempt.SavedAnswer;
import org.workingrecord.classroom.AssignmentInfo;
import org.workingrecord.classroom.ClassInfo;
import org.workingrecord.classroom.ClassroomService;
import org.workingrecord.classroom.FeedbackMode;
import org.workingrecord.classroom.JoinClient;
import org.workingrecord.classroom.JoinOutcome;
import org.workingrecord.grading.Answer;
import org.workingrecord.support.Administrators;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class ExportControllerTest {

    @LocalServerPort
    int port;

    @Autowired
    ExportController controller;

    @Autowired
    AccountService accounts;

    @Autowired

    TeacherSeeding seeding;

    @Autowired
    ClassroomService classroom;

    @Autowired
    AttemptService attempts;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void theClassDataSpeaksInWordsAParentCanRead() {
        TeacherInfo owner = seeding.seedTeacher("words.t", "Owner", "long enough password");
        ClassInfo c = classroom.createClass(owner.id(), "10B History");
        var anna = ((JoinOutcome.Joined) classroom.join(c.joinCode(), "Anna", new JoinClient("w", "a"))).student();
        AssignmentInfo a = classroom.assign(owner.id(), c.id(), "who-said-what", null, FeedbackMode.AFTER_SUBMISSION, List.of());
        attempts.save(anna, a.id(), "quiz/who-capitulation", Answer.WhoSaidIt.of("zhukov"),
                SavedAnswer.NONE);
        attempts.save(anna, a.id(), "quiz/open-one-speaker", new Answer.Open("Zhukov was firm."),
                SavedAnswer.NONE);
        attempts.submit(anna, a.id());
        attempts.grade(owner.id(), a.id(), anna.studentId(), "quiz/open-one-speaker", 2, "Quote the line.");

        String csv = new String(controller.classData(c.id(), () -> "words.t").getBody(), StandardCharsets.UTF_8);
        assertThat(csv).contains("Georgy Zhukov").contains("Zhukov was firm.").contains("\"Quote the line.\"")
                .contains("Who said what? Reading a Kremlin working record");
        assertThat(csv).doesNotContain("speaker: zhukov").doesNotContain("quiz/who-capitulation").doesNotContain("text: ");
        // joined: a local date and time, not a raw instant
        assertThat(csv).containsPattern("\"Anna\",\"\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}\"").doesNotContainPattern("\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?Z");
    }

    @Test
    void theOwnerGetsFilesWithTheRightTypeAndNameAndNobodyElseDoes() throws Exception {
        TeacherInfo owner = seeding.seedTeacher("owner.t", "Owner", "long enough password");
        seeding.seedTeacher("other.t", "Other", "long enough password");
        ClassInfo c = classroom.createClass(owner.id(), "10B History");
        classroom.join(c.joinCode(), "Zsófia Ő.", new JoinClient("s", "a"));
        AssignmentInfo a = classroom.assign(owner.id(), c.id(), "who-said-what", null, FeedbackMode.IMMEDIATE, List.of());

        ResponseEntity<byte[]> xlsx = controller.xlsx(a.id(), () -> "owner.t");
        assertThat(xlsx.getHeaders().getContentType().toString())
                .isEqualTo("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        assertThat(xlsx.getHeaders().getContentDisposition().getFilename()).isEqualTo("gradebook-who-said-what-" + a.id() + ".xlsx");
        ResponseEntity<byte[]> data = controller.classData(c.id(), () -> "owner.t");
        assertThat(new String(data.getBody(), StandardCharsets.UTF_8)).contains("\"Zsófia Ő.\"");
        assertThat(data.getHeaders().getContentDisposition().getFilename()).isEqualTo("class-10B-History.csv");

        assertThatThrownBy(() -> controller.csv(a.id(), () -> "other.t")).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> controller.classData(c.id(), () -> "other.t")).isInstanceOf(AccessDeniedException.class);
        assertThat(controller.notYours().getStatusCode().value()).isEqualTo(404);

        // over HTTP, without signing in: no file, but the way to sign in
        HttpResponse<String> anonymous = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://localhost:" + port + "/teach/assignments/" + a.id() + "/gradebook.csv")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(anonymous.statusCode()).isIn(302, 401, 403);
        assertThat(anonymous.body()).doesNotContain("Student");
    }

    @Test
    void oneStudentsDataHoldsTheirsAndNobodyElses() {
        TeacherInfo owner = seeding.seedTeacher("one.t", "Owner", "long enough password");
        seeding.seedTeacher("one.other", "Other", "long enough password");
        ClassInfo c = classroom.createClass(owner.id(), "10C History");
        ClassInfo elsewhere = classroom.createClass(owner.id(), "11C History");
        var anna = ((JoinOutcome.Joined) classroom.join(c.joinCode(), "Anna", new JoinClient("o1", "a"))).student();
        var ben = ((JoinOutcome.Joined) classroom.join(c.joinCode(), "Ben", new JoinClient("o2", "a"))).student();
        var cleo = ((JoinOutcome.Joined) classroom.join(elsewhere.joinCode(), "Cleo", new JoinClient("o3", "a"))).student();
        AssignmentInfo a = classroom.assign(owner.id(), c.id(), "who-said-what", null, FeedbackMode.AFTER_SUBMISSION, List.of());
        attempts.save(anna, a.id(), "quiz/open-one-speaker", new Answer.Open("Anna's own words."), SavedAnswer.NONE);
        attempts.save(ben, a.id(), "quiz/open-one-speaker", new Answer.Open("Ben's own words."), SavedAnswer.NONE);

        ResponseEntity<byte[]> data = controller.studentData(c.id(), anna.studentId(), () -> "one.t");
        String csv = new String(data.getBody(), StandardCharsets.UTF_8);
        assertThat(csv).contains("\"Anna\"", "Anna's own words.").doesNotContain("Ben");
        assertThat(data.getHeaders().getContentDisposition().getFilename()).isEqualTo("student-Anna.csv");
        // a student of another class, through this class's address; another teacher
        assertThatThrownBy(() -> controller.studentData(c.id(), cleo.studentId(), () -> "one.t")).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> controller.studentData(c.id(), anna.studentId(), () -> "one.other"))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void anAdministratorGivesAStudentTheirDataOnRequestAndNobodyElseCanThatWay() {
        TeacherInfo owner = seeding.seedTeacher("req.t", "Owner", "long enough password");
        TeacherInfo admin = Administrators.seed(seeding, jdbc, "req.admin", "Head");
        ClassInfo c = classroom.createClass(owner.id(), "10D History");
        var anna = ((JoinOutcome.Joined) classroom.join(c.joinCode(), "Anna", new JoinClient("r1", "a"))).student();
        classroom.join(c.joinCode(), "Ben", new JoinClient("r2", "a"));
        AssignmentInfo a = classroom.assign(owner.id(), c.id(), "who-said-what", null, FeedbackMode.AFTER_SUBMISSION, List.of());
        attempts.save(anna, a.id(), "quiz/open-one-speaker", new Answer.Open("Anna's words for the school."), SavedAnswer.NONE);

        ResponseEntity<byte[]> data = controller.studentDataForAdmin(anna.studentId(), () -> "req.admin");
        String csv = new String(data.getBody(), StandardCharsets.UTF_8);
        assertThat(csv).contains("\"Anna\"", "Anna's words for the school.").doesNotContain("Ben");
        assertThat(data.getHeaders().getContentDisposition().getFilename()).isEqualTo("student-Anna.csv");
        // the class's own teacher is no administrator: this address is not theirs
        assertThatThrownBy(() -> controller.studentDataForAdmin(anna.studentId(), () -> "req.t")).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> controller.studentDataForAdmin(987_654_321L, () -> "req.admin")).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void theAdministratorsDownloadIsForSignedInTeachersOverHttp() throws Exception {
        HttpResponse<String> anonymous = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://localhost:" + port + "/admin/students/1/export.csv")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(anonymous.statusCode()).isEqualTo(302);
        assertThat(anonymous.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/login"));
    }
}
