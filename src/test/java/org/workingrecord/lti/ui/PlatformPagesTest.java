package org.workingrecord.lti.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.ActiveProfiles;
import org.workingrecord.account.AccountService;
import org.workingrecord.account.TeacherInfo;
import org.workingrecord.account.TeacherSeeding;
import org.workingrecord.classroom.AssignmentInfo;
import org.workingrecord.classroom.ClassInfo;
import org.workingrecord.classroom.ClassroomService;
import org.workingrecord.classroom.FeedbackMode;
import org.workingrecord.classroom.StudentRef;
import org.workingrecord.lesson.LoadedLesson;
import org.workingrecord.lti.LtiDeepLinks;
import org.workingrecord.lti.LtiPlatform;
import org.workingrecord.lti.LtiPlatforms;
import org.workingrecord.lti.LtiScores;
import org.workingrecord.support.Administrators;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.server.VaadinSession;

/**
 * The teacher's pages for a learning platform, as they read: the assignment's marks on their way to the platform's
 * gradebook with why one was not taken, and choosing a lesson to add to a course.
 */
@SpringBootTest
@ActiveProfiles("test")
@WithMockUser(username = "lti.pages", roles = "TEACHER")
class PlatformPagesTest extends SpringBrowserlessTest {

    @Autowired
    AccountService accounts;

    @Autowired
    TeacherSeeding seeding;

    @Autowired
    ClassroomService classroom;

    @Autowired
    LtiPlatforms platforms;

    @Autowired
    JdbcTemplate jdbc;

    private TeacherInfo teacher() {
        return accounts.byUsername("lti.pages").orElseGet(() -> seeding.seedTeacher("lti.pages", "Ms Pages", "long enough password"));
    }

    private LtiPlatform platform() {
        TeacherInfo admin = Administrators.seed(seeding, jdbc, "lti.pages.admin" + System.nanoTime(), "Admin");
        return platforms.register(admin.id(), "Moodle", "https://moodle" + System.nanoTime() + ".example", "c", "https://m.example/auth",
                "https://m.example/token", "https://m.example/jwks", "1");
    }

    @Test
    @SuppressWarnings("unchecked")
    void theSettingsTabShowsEachMarkOnItsWayAndWhyOneWasNotTaken() {
        TeacherInfo t = teacher();
        LtiPlatform p = platform();
        ClassInfo c = classroom.createClass(t.id(), "Course class");
        AssignmentInfo a = classroom.assign(t.id(), c.id(), "who-said-what", null, FeedbackMode.IMMEDIATE, List.of());
        StudentRef anna = classroom.enrolFromPlatform(c.id(), "Anna", "Kiss").orElseThrow();
        StudentRef ben = classroom.enrolFromPlatform(c.id(), "Ben", "Lake").orElseThrow();
        jdbc.update("insert into lti_context (platform_id, context_id, class_id, memberships_url) values (?, 'course', ?, 'https://m.example/members')",
                p.id(), c.id());
        jdbc.update("insert into lti_link (platform_id, link_id, class_id, assignment_id, line_item) values (?, 'l', ?, ?, 'https://m.example/li/1')",
                p.id(), c.id(), a.id());
        Timestamp now = Timestamp.from(Instant.now());
        jdbc.update("insert into lti_score values (?, ?, 'FULLY_GRADED', 7, 12, 'SENT', 0, null, ?, ?, ?)", a.id(), anna.studentId(), now, now, now);
        jdbc.update("insert into lti_score values (?, ?, 'PENDING', 0, 12, 'FAILED', 3, 'score 503: gradebook busy', ?, ?, null)",
                a.id(), ben.studentId(), now, now);

        UI.getCurrent().navigate("teach/assignments/" + a.id() + "/settings");
        assertThat(find(Button.class).withText("Bring the class list from the course").exists()).isTrue();
        var grid = test((Grid<LtiScores.Row>) find(Grid.class).single());
        assertThat(grid.size()).isEqualTo(2);
        assertThat(grid.getCellText(0, 0)).isEqualTo("Anna K.");
        assertThat(grid.getCellText(0, 1)).isEqualTo("Sent");
        assertThat(grid.getCellText(0, 2)).isEqualTo("7 of 12 points");
        assertThat(grid.getCellText(1, 1)).isEqualTo("Not taken yet");
        assertThat(grid.getCellText(1, 2)).isEqualTo("Pending");
        assertThat(grid.getCellText(1, 3)).isEqualTo("The platform answered: score 503: gradebook busy (tried 3 times)");
        test(find(Button.class).withText("Try the marks not taken again now").single()).click();
        assertThat(find(Paragraph.class).withText("The marks not taken will be sent again within a minute.").exists()).isTrue();
        assertThat(jdbc.queryForObject("select next_try_at from lti_score where student_id = ?", Timestamp.class, ben.studentId()))
                .isBeforeOrEqualTo(Timestamp.from(Instant.now()));
    }

    @Test
    @SuppressWarnings("unchecked")
    void aTeacherChoosesTheLessonToAddToTheirCourse() {
        teacher();
        LtiPlatform p = platform();
        UI.getCurrent().navigate("teach/platform-activity");
        assertThat(find(H1.class).single().getText()).isEqualTo("Add a lesson to your course");
        assertThat(find(Paragraph.class).withTextContaining("choose “add an activity”").exists()).as("not from a platform").isTrue();

        VaadinSession.getCurrent().getSession().setAttribute(LtiDeepLinks.SESSION_REQUEST,
                new LtiDeepLinks.Request(p.id(), "1", "https://m.example/return", "data"));
        UI.getCurrent().navigate("teach");
        UI.getCurrent().navigate("teach/platform-activity");
        test(find(Button.class).withText("Add it to the course").single()).click();
        assertThat(find(Paragraph.class).withText("Choose a lesson first.").exists()).isTrue();
        Select<LoadedLesson> lesson = find(Select.class).withLabel("Lesson").single();
        test(lesson).selectItem("Who said what? Reading a Kremlin working record");
        test(find(Button.class).withText("Add it to the course").single()).click();
        assertThat(VaadinSession.getCurrent().getSession().getAttribute(LtiDeepLinks.SESSION_ANSWER))
                .isInstanceOfSatisfying(LtiDeepLinks.Answer.class, answer -> {
                    assertThat(answer.returnUrl()).isEqualTo("https://m.example/return");
                    assertThat(answer.jwt().split("\\.")).hasSize(3);
                });
    }
}
