package org.workingrecord.classroom.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.server.PathContainer;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;
import org.workingrecord.classroom.AssignmentInfo;
import org.workingrecord.classroom.ClassInfo;
import org.workingrecord.classroom.ClassroomService;
import org.workingrecord.classroom.FeedbackMode;
import org.workingrecord.classroom.JoinClient;
import org.workingrecord.classroom.JoinOutcome;
import org.workingrecord.classroom.StudentAuthentication;
import org.workingrecord.classroom.StudentRef;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.router.RouteData;

/**
 * Who may open student pages, declared with {@code @RolesAllowed(STUDENT)} and checked the same way as
 * teachers' pages: a signed-out visitor is sent to joining (not to the teachers' sign-in), a joined
 * student is a principal with role STUDENT and nothing else, a student cannot open teachers' pages, a
 * teacher cannot open a student's, and a student removed by the teacher is signed out on their next page.
 */
@SpringBootTest
@ActiveProfiles("test")
class StudentAccessTest extends SpringBrowserlessTest {

    private static final long TEACHER = 910_001L;

    @Autowired
    ClassroomService classroom;

    private ClassInfo schoolClass;
    private StudentRef ben;
    private String resumeCode;
    private AssignmentInfo assignment;

    @BeforeEach
    void aClassWithAStudentAndAnAssignment() {
        schoolClass = classroom.createClass(TEACHER, "11C");
        JoinOutcome.Joined joined = (JoinOutcome.Joined) classroom.join(schoolClass.joinCode(), "Ben",
                new JoinClient("setup-" + System.nanoTime(), "x"));
        ben = joined.student();
        resumeCode = joined.resumeCode();
        assignment = classroom.assign(TEACHER, schoolClass.id(), "who-said-what", null, FeedbackMode.IMMEDIATE, List.of());
    }

    private void comeBack() {
        UI.getCurrent().navigate("join");
        test(find(TextField.class).withLabel("Your resume code").single()).setValue(resumeCode);
        test(find(Button.class).withText("Come back to my work").single()).click();
    }

    private String heading() {
        return find(H1.class).first().getText();
    }

    /** The student pages, as the router knows them: each says only students may open it. */
    private static List<String> studentRoutes() {
        return RouteConfiguration.forApplicationScope().getAvailableRoutes().stream()
                .filter(r -> r.getNavigationTarget().isAnnotationPresent(RolesAllowed.class)
                        && List.of(r.getNavigationTarget().getAnnotation(RolesAllowed.class).value()).contains(StudentAuthentication.ROLE))
                .map(RouteData::getTemplate).sorted().toList();
    }

    @Test
    void theStudentPagesAreDeclaredForStudents() {
        assertThat(studentRoutes()).containsExactly("my-work", "work/:assignmentId", "work/:assignmentId/worksheet");
    }

    @Test
    void thePageLoadRulesSendExactlyTheStudentPagesToJoining() {
        List<PathPattern> patterns = StudentEntrance.PAGES.stream().map(PathPatternParser.defaultInstance::parse).toList();
        for (RouteData route : RouteConfiguration.forApplicationScope().getAvailableRoutes()) {
            String address = "/" + route.getTemplate().replaceAll(":[A-Za-z]+", "12");
            boolean matched = patterns.stream().anyMatch(p -> p.matches(PathContainer.parsePath(address)));
            assertThat(matched).as(address).isEqualTo(studentRoutes().contains(route.getTemplate()));
        }
    }

    @Test
    void signedOutVisitorsOfStudentPagesAreSentToJoinNotToTheTeachersSignIn() {
        for (String path : List.of("my-work", "work/" + assignment.id(), "work/" + assignment.id() + "/worksheet")) {
            UI.getCurrent().navigate(path);
            assertThat(heading()).as(path).isEqualTo("Join your class");
        }
        // the teachers' sign-in is still where a teacher's page sends them, and stays put when opened directly
        UI.getCurrent().navigate("teach");
        assertThat(heading()).isEqualTo("Teacher sign-in");
        UI.getCurrent().navigate("my-work");
        UI.getCurrent().navigate("login");
        assertThat(heading()).isEqualTo("Teacher sign-in");
    }

    @Test
    void aJoinedStudentIsAPrincipalWithTheStudentRoleOnly() {
        comeBack();
        assertThat(heading()).isEqualTo("My work");
        Authentication signedIn = SecurityContextHolder.getContext().getAuthentication();
        assertThat(signedIn.getPrincipal()).isEqualTo(new StudentAuthentication.StudentPrincipal(ben.studentId()));
        assertThat(signedIn.getAuthorities()).extracting(GrantedAuthority::getAuthority).containsExactly("ROLE_STUDENT");
        UI.getCurrent().navigate("work/" + assignment.id());
        assertThat(heading()).isEqualTo("Who said what? Reading a Kremlin working record");
    }

    @Test
    void aStudentCannotOpenTeachersPages() {
        comeBack();
        for (String path : List.of("teach", "teach/classes/" + schoolClass.id(), "teach/assignments/" + assignment.id(),
                "teach/assignments/" + assignment.id() + "/grading", "lesson-check", "admin/teachers")) {
            UI.getCurrent().navigate(path);
            assertThat(heading()).as(path).isEqualTo("This page is for another kind of account");
            assertThat(UI.getCurrent().getInternals().getTitle()).as("the browser tab says so too")
                    .isEqualTo("This page is for another kind of account – Working Record");
        }
    }

    @Test
    @WithMockUser(username = "someone", roles = "TEACHER")
    void aTeacherCannotOpenAStudentsPages() {
        for (String path : List.of("my-work", "work/" + assignment.id(), "work/" + assignment.id() + "/worksheet")) {
            UI.getCurrent().navigate(path);
            assertThat(heading()).as(path).isEqualTo("This page is for another kind of account");
        }
    }

    @Test
    void aRemovedStudentIsSignedOutOnTheirNextPage() {
        comeBack();
        classroom.removeStudent(TEACHER, ben.studentId());
        UI.getCurrent().navigate("work/" + assignment.id());
        assertThat(heading()).isEqualTo("Join your class");
        assertThat(StudentAuthentication.current()).isEmpty();
        UI.getCurrent().navigate("my-work");
        assertThat(heading()).isEqualTo("Join your class");
    }

    @Test
    void signingOutEndsTheStudentsSession() {
        comeBack();
        test(find(Button.class).withText("Sign out").single()).click();
        assertThat(StudentAuthentication.current()).isEmpty();
        UI.getCurrent().navigate("my-work");
        assertThat(heading()).isEqualTo("Join your class");
    }
}
