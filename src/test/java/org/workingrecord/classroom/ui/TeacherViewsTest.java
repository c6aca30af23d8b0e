package org.workingrecord.classroom.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.ActiveProfiles;
import org.workingrecord.account.AccountService;
import org.workingrecord.account.TeacherInfo;
import org.workingrecord.account.TeacherSeeding;
import org.workingrecord.attempt.ui.HtmlInputs;
import org.workingrecord.classroom.ClassInfo;
import org.workingrecord.classroom.ClassroomService;
import org.workingrecord.classroom.Codes;
import org.workingrecord.classroom.FeedbackMode;
import org.workingrecord.classroom.JoinClient;
import org.workingrecord.shell.NotFoundView;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;

/** A teacher makes a class, sees who joined, gives a lesson; nobody else's classes are reachable. */
@SpringBootTest
@ActiveProfiles("test")
@WithMockUser(username = "mr.teach", roles = "TEACHER")
class TeacherViewsTest extends SpringBrowserlessTest {

    @Autowired
    AccountService accounts;

    @Autowired

    TeacherSeeding seeding;

    @Autowired
    ClassroomService classroom;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Clock clock;

    private TeacherInfo me;

    @BeforeEach
    void teacherAccount() {
        me = accounts.byUsername("mr.teach").orElseGet(() -> seeding.seedTeacher("mr.teach", "Mr Teach", "long enough password"));
    }

    @Test
    void aTeacherMakesAClassAndSeesItsJoinCode() {
        navigate(TeacherHomeView.class);
        test(find(TextField.class).withLabel("Class name").single()).setValue("10B History");
        test(find(Button.class).withText("Make the class").single()).click();
        assertThat(find(H1.class).single().getText()).isEqualTo("10B History");
        ClassInfo made = classroom.classesOf(me.id()).stream().filter(c -> c.name().equals("10B History"))
                .max(Comparator.comparingLong(ClassInfo::id)).orElseThrow();
        assertThat(find(Span.class).withClassName("resume-code").single().getText()).isEqualTo(Codes.display(made.joinCode()));
    }

    @Test
    void theRosterShowsWhoJoinedAndAResumeCodeCanBeReset() {
        ClassInfo c = classroom.createClass(me.id(), "11A");
        classroom.join(c.joinCode(), "Anna K.", new JoinClient("s", "a"));
        UI.getCurrent().navigate("teach/classes/" + c.id());
        @SuppressWarnings("unchecked")
        Grid<Object> roster = find(Grid.class).single();
        assertThat(test(roster).size()).isEqualTo(1);
        assertThat(test(roster).getCellText(0, 0)).isEqualTo("Anna K.");
        assertThat(test(roster).getCellText(0, 2)).isEqualTo("0 of 0 handed in, 0 started");
        Component actions = test(roster).getCellComponent(0, 3);
        Button reset = (Button) actions.getChildren().filter(b -> b instanceof Button).findFirst().orElseThrow();
        assertThat(reset.getAriaLabel()).contains("New resume code: Anna K.");
        test(reset).click();
        ConfirmDialog shown = find(ConfirmDialog.class).single();
        assertThat(test(shown).getText()).matches("The new code is [A-Z2-9]{4}-[A-Z2-9]{4}\\. .*");
    }

    @Test
    void removingAStudentIsAskedFirstAndThenTheRosterIsWithoutThem() {
        ClassInfo c = classroom.createClass(me.id(), "11D");
        classroom.join(c.joinCode(), "Ben L.", new JoinClient("s" + System.nanoTime(), "a"));
        UI.getCurrent().navigate("teach/classes/" + c.id());
        @SuppressWarnings("unchecked")
        Grid<Object> roster = find(Grid.class).single();
        Button remove = (Button) test(roster).getCellComponent(0, 3).getChildren()
                .filter(b -> b instanceof Button button && "Remove: Ben L.".equals(button.getAriaLabel().orElse(""))).findFirst().orElseThrow();
        test(remove).click();
        test(find(ConfirmDialog.class).single()).cancel();
        assertThat(classroom.roster(me.id(), c.id())).as("going back removes nobody").hasSize(1);
        test(remove).click();
        test(find(ConfirmDialog.class).single()).confirm();
        assertThat(classroom.roster(me.id(), c.id())).isEmpty();
        assertThat(find(H2.class).all()).extracting(H2::getText).contains("Students (0)");
        assertThat(find(Grid.class).exists()).as("an empty class has no table").isFalse();
    }

    @Test
    void aTeacherGivesALessonWithFeedbackAfterHandIn() {
        ClassInfo c = classroom.createClass(me.id(), "11B");
        UI.getCurrent().navigate("teach/classes/" + c.id());
        @SuppressWarnings("unchecked")
        Select<Object> lesson = find(Select.class).withLabel("Lesson").single();
        test(lesson).selectItem("Hard line or soft line? Positions on Nagy, Mikoyan and force");
        @SuppressWarnings("unchecked")
        RadioButtonGroup<Object> mode = find(RadioButtonGroup.class).withLabel("When students see if they were right").single();
        test(mode).selectItem("Only after they hand in");
        test(find(Button.class).withText("Give this lesson to the class").single()).click();
        assertThat(find(H1.class).single().getText()).isEqualTo("Hard line or soft line? Positions on Nagy, Mikoyan and force");
        assertThat(classroom.assignmentsOf(me.id(), c.id())).singleElement()
                .satisfies(a -> assertThat(a.feedbackMode()).isEqualTo(FeedbackMode.AFTER_SUBMISSION));
    }

    @Test
    void aTeacherPreviewsALessonAsStudentsSeeItWithoutSavingAnything() {
        Integer answersBefore = jdbc.queryForObject("select count(*) from answer", Integer.class);
        UI.getCurrent().navigate("teach/preview/who-said-what");
        assertThat(find(H1.class).single().getText()).isEqualTo("Who said what? Reading a Kremlin working record");
        HtmlInputs.withLabel(find(Div.class).all(),
                "Which country is this remark about?").choose("Poland");
        test(find(Button.class).withText("Check my answer").single()).click();
        assertThat(find(Div.class).withClassName("feedback-right").exists()).isTrue();
        assertThat(jdbc.queryForObject("select count(*) from answer", Integer.class)).isEqualTo(answersBefore);
    }

    @Test
    void anotherTeachersClassLooksLikeNothing() {
        TeacherInfo other = accounts.byUsername("ms.other").orElseGet(() -> seeding.seedTeacher("ms.other", "Ms Other", "long enough password"));
        ClassInfo theirs = classroom.createClass(other.id(), "Not yours");
        long assignment = classroom.assign(other.id(), theirs.id(), "who-said-what", null, FeedbackMode.IMMEDIATE, List.of()).id();
        navigate("teach/classes/" + theirs.id(), NotFoundView.class);
        navigate("teach/assignments/" + assignment, NotFoundView.class);
        // every part of it, by its own address
        for (String part : List.of("summary", "grading", "settings", "downloads")) {
            navigate("teach/assignments/" + assignment + "/" + part, NotFoundView.class);
        }
        navigate("teach/assignments/nonsense/grading", NotFoundView.class);
        navigate("teach/classes/nonsense", NotFoundView.class);
    }

    @Test
    void anArchivedClassSaysWhenItWillBeDeleted() {
        ClassInfo c = classroom.createClass(me.id(), "Old 9A");
        classroom.setArchived(me.id(), c.id(), true);
        UI.getCurrent().navigate("teach/classes/" + c.id());
        ClassInfo archived = classroom.classesOf(me.id()).stream().filter(x -> x.id() == c.id()).findFirst().orElseThrow();
        String expected = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(Locale.ENGLISH)
                .format(archived.archivedAt().atZone(clock.getZone()).plusMonths(12));
        assertThat(find(Paragraph.class).withClassName("notice").single().getText())
                .startsWith("This class is archived: nobody can join it or work in it. On " + expected
                        + " it will be deleted with its students and their work");
    }
}
