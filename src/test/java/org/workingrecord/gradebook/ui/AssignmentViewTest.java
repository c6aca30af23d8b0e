package org.workingrecord.gradebook.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.stream.IntStream;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.ActiveProfiles;
import org.workingrecord.account.AccountService;
import org.workingrecord.account.TeacherInfo;
import org.workingrecord.account.TeacherSeeding;
import org.workingrecord.attempt.AttemptService;
import org.workingrecord.attempt.ProgressRow;
import org.workingrecord.attempt.SavedAnswer;
import org.workingrecord.classroom.AssignmentInfo;
import org.workingrecord.classroom.ClassInfo;
import org.workingrecord.classroom.ClassroomService;
import org.workingrecord.classroom.FeedbackMode;
import org.workingrecord.classroom.JoinClient;
import org.workingrecord.classroom.JoinOutcome;
import org.workingrecord.classroom.StudentRef;
import org.workingrecord.grading.Answer;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.component.textfield.TextField;

/** The teacher follows an assignment: progress that updates itself, the class summary, grading, downloads. */
@SpringBootTest
@ActiveProfiles("test")
@WithMockUser(username = "ms.grade", roles = "TEACHER")
class AssignmentViewTest extends SpringBrowserlessTest {

    @Autowired
    AccountService accounts;

    @Autowired

    TeacherSeeding seeding;

    @Autowired
    ClassroomService classroom;

    @Autowired
    AttemptService attempts;

    private TeacherInfo me;
    private AssignmentInfo assignment;
    private StudentRef anna;

    @BeforeEach
    void aClassWithWork() {
        me = accounts.byUsername("ms.grade").orElseGet(() -> seeding.seedTeacher("ms.grade", "Ms Grade", "long enough password"));
        ClassInfo c = classroom.createClass(me.id(), "12C");
        anna = ((JoinOutcome.Joined) classroom.join(c.joinCode(), "Anna", new JoinClient("x" + System.nanoTime(), "a"))).student();
        classroom.join(c.joinCode(), "Ben", new JoinClient("y" + System.nanoTime(), "a"));
        assignment = classroom.assign(me.id(), c.id(), "hard-or-soft-line", null, FeedbackMode.AFTER_SUBMISSION, List.of("positions"));
        attempts.save(anna, assignment.id(), "positions/grid", new Answer.Grid(Map.of(new Answer.Cell("khrushchev", "mikoyan"), "not-stated")), SavedAnswer.NONE);
        attempts.save(anna, assignment.id(), "positions/open-khrushchev", new Answer.Open("He defends him, line 22."),
                SavedAnswer.NONE);
    }

    @SuppressWarnings("unchecked")
    private List<ProgressRow> rows() {
        Grid<ProgressRow> grid = find(Grid.class).first();
        return test(grid).size() == 0 ? List.of() : IntStream.range(0, test(grid).size())
                .mapToObj(i -> test(grid).getRow(i)).toList();
    }

    /** As a teacher does it: the part's link in the row of links, which is an address of its own. */
    private void openTab(String label) {
        RouterLink link = find(RouterLink.class).withText(label).single();
        UI.getCurrent().navigate(link.getHref());
        assertThat(find(RouterLink.class).withText(label).single().getElement().getAttribute("aria-current")).isEqualTo("page");
    }

    @Test
    void eachPartHasItsOwnAddressAndSaysWhichItIs() {
        UI.getCurrent().navigate("teach/assignments/" + assignment.id() + "/summary");
        assertThat(find(RouterLink.class).all()).extracting(RouterLink::getText)
                .containsExactly("Progress", "Class summary", "Grading", "Settings", "Downloads");
        assertThat(find(RouterLink.class).all()).filteredOn(l -> "page".equals(l.getElement().getAttribute("aria-current")))
                .extracting(RouterLink::getHref).containsExactly("teach/assignments/" + assignment.id() + "/summary");
        assertThat(UI.getCurrent().getInternals().getTitle()).startsWith("Class summary – Hard line or soft line?");
        openTab("Grading");
        assertThat(find(RouterLink.class).withText("Class summary").single().getElement().getAttribute("aria-current")).isNull();
    }

    @Test
    void progressUpdatesByItselfWhenAStudentAnswers() {
        UI.getCurrent().navigate("teach/assignments/" + assignment.id());
        assertThat(rows()).extracting(r -> r.student().displayName() + " " + r.answered())
                .containsExactly("Anna 2", "Ben 0");
        attempts.save(anna, assignment.id(), "positions/only-defender", Answer.WhoSaidIt.of("khrushchev"), SavedAnswer.NONE);
        // delivered from a background task, after commit, not inside the student's save
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (rows().get(0).answered() != 3 && System.nanoTime() < deadline) {
            roundTrip();
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                throw new AssertionError(e);
            }
        }
        assertThat(rows().get(0).answered()).isEqualTo(3);
        assertThat(rows().get(1).answered()).as("Ben's row untouched").isZero();
    }

    @Test
    void theSummaryUpdatesByItselfWhileItIsOpen() {
        UI.getCurrent().navigate("teach/assignments/" + assignment.id() + "/summary");
        Supplier<String> zhukovOnForce = () -> Jsoup.parseBodyFragment("<table>"
                + find(Html.class).all().stream().filter(h -> h.getElement().getClassList().contains("class-grid"))
                .findFirst().orElseThrow().getInnerHtml() + "</table>").select("tbody tr").stream()
                .filter(r -> r.selectFirst("th").text().equals("Georgy Zhukov")).findFirst().orElseThrow().select("td").get(2).text();
        assertThat(zhukovOnForce.get()).contains("Supportive / in favour answer 0");
        SavedAnswer current = attempts.open(anna, assignment.id()).answers().get("positions/grid");
        attempts.save(anna, assignment.id(), "positions/grid", withCell((Answer.Grid) current.value(), "zhukov", "force", "supportive"), current.revision());
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (!zhukovOnForce.get().contains("Supportive / in favour answer 1") && System.nanoTime() < deadline) {
            roundTrip();
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                throw new AssertionError(e);
            }
        }
        assertThat(zhukovOnForce.get()).as("Anna's new cell arrives without a reload").contains("Supportive / in favour answer 1");
    }

    @Test
    void theSummaryFlagsTheMisreadCell() {
        UI.getCurrent().navigate("teach/assignments/" + assignment.id());
        openTab("Class summary");
        // the grid as the students saw it: a row per speaker, a column per topic
        Document grid = Jsoup.parseBodyFragment("<table>" + find(Html.class).all()
                .stream().filter(h -> h.getElement().getClassList().contains("class-grid")).findFirst().orElseThrow().getInnerHtml()
                + "</table>");
        assertThat(grid.select("thead th").eachText()).containsExactly("Speaker", "Mikoyan's conduct in Budapest",
                "Imre Nagy and his government", "A firm line and the use of force");
        Element khrushchev = grid.select("tbody tr").stream()
                .filter(r -> r.selectFirst("th").text().equals("Nikita Khrushchev")).findFirst().orElseThrow();
        Element mikoyan = khrushchev.select("td").get(0);
        assertThat(mikoyan.hasClass("discuss")).as("nobody chose a reading the lesson accepts").isTrue();
        assertThat(mikoyan.selectFirst(".discuss-flag").text()).isEqualTo("Discuss");
        assertThat(mikoyan.select("li.defensible").eachText()).as("the key and the other defensible readings, in words")
                .containsExactlyInAnyOrder("Mixed answer 0", "Supportive / in favour also right 0", "Critical / against also right 0");
        assertThat(find(ListItem.class).withTextContaining("nobody has answered yet").exists()).isTrue();
        assertThat(find(ListItem.class).withTextContaining("0 of 0 right").exists()).isFalse();
    }

    @Test
    void openAnswersAreGradedWithTheRubricAndReleased() {
        UI.getCurrent().navigate("teach/assignments/" + assignment.id());
        openTab("Grading");
        @SuppressWarnings("unchecked")
        RadioButtonGroup<Object> level = find(RadioButtonGroup.class).withLabel("Level for Anna").single();
        test(level).selectItem(level.getListDataView().getItems()
                .map(o -> level.getItemLabelGenerator().apply(o)).filter(l -> l.startsWith("Good (3)")).findFirst().orElseThrow());
        test(find(TextField.class).withLabel("Comment for Anna (optional)").single()).setValue("Quote line 23 too.");
        test(find(Button.class).withAriaLabel("Save the grade: Anna").single()).click();
        assertThat(attempts.progress(me.id(), assignment.id()).get(0).points()).isEqualTo(3);
        test(find(Button.class).withText("Release grades and comments to students").single()).click();
        attempts.submit(anna, assignment.id());
        assertThat(attempts.review(anna, assignment.id()).stream().filter(r -> r.teacherPoints() != null).findFirst()
                .orElseThrow().teacherComment()).isEqualTo("Quote line 23 too.");
    }

    @Test
    void answersToGradeAreBuiltOnlyWhileTheGradingTabIsShown() {
        UI.getCurrent().navigate("teach/assignments/" + assignment.id());
        assertThat(find(RadioButtonGroup.class).withLabel("Level for Anna").exists()).as("not while the teacher watches progress").isFalse();
        openTab("Grading");
        assertThat(find(RadioButtonGroup.class).withLabel("Level for Anna").exists()).isTrue();
        openTab("Progress");
        assertThat(find(RadioButtonGroup.class).withLabel("Level for Anna").exists()).as("freed once the teacher moves on").isFalse();
    }

    @Test
    void aTeacherGradesOneStudentAtATime() {
        UI.getCurrent().navigate("teach/assignments/" + assignment.id());
        openTab("Grading");
        @SuppressWarnings("unchecked")
        Select<Object> student = find(Select.class)
                .withLabel("…or grade one student").single();
        test(student).selectItem("Anna");
        assertThat(find(Paragraph.class).withText("He defends him, line 22.").exists()).isTrue();
        test(student).selectItem("Ben");
        assertThat(find(Paragraph.class).withText("Ben has no written answers to grade.").exists()).isTrue();
    }

    @Test
    void aTeacherChangesTheDueDateAndModeThenWithdrawsTheLesson() {
        UI.getCurrent().navigate("teach/assignments/" + assignment.id());
        openTab("Settings");
        test(find(DatePicker.class).withLabel("Due date (optional)").single())
                .setValue(LocalDate.of(2026, 12, 11));
        @SuppressWarnings("unchecked")
        RadioButtonGroup<Object> mode = find(RadioButtonGroup.class).withLabel("When students see if they were right").single();
        test(mode).selectItem("After each answer they check");
        test(find(Button.class).withText("Save the changes").single()).click();
        AssignmentInfo changed = classroom.assignmentOf(me.id(), assignment.id());
        assertThat(changed.dueDate()).isEqualTo(LocalDate.of(2026, 12, 11));
        assertThat(changed.feedbackMode()).isEqualTo(FeedbackMode.IMMEDIATE);
        test(find(Button.class).withText("Withdraw the lesson").single()).click();
        test(find(ConfirmDialog.class).single()).confirm();
        assertThat(classroom.assignmentsFor(anna)).isEmpty();
    }

    @Test
    void theGradebookCanBeDownloaded() {
        UI.getCurrent().navigate("teach/assignments/" + assignment.id());
        openTab("Downloads");
        assertThat(find(Anchor.class).withText("Download the gradebook (Excel, .xlsx)").single().getHref())
                .isEqualTo("teach/assignments/" + assignment.id() + "/gradebook.xlsx");
    }

    private static Answer.Grid withCell(Answer.Grid grid, String speaker, String topic, String stance) {
        Map<Answer.Cell, String> cells = new HashMap<>(grid.stances());
        cells.put(new Answer.Cell(speaker, topic), stance);
        return new Answer.Grid(cells);
    }
}
