package org.workingrecord.authoring.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.workingrecord.account.AccountService;
import org.workingrecord.account.TeacherInfo;
import org.workingrecord.account.TeacherSeeding;
import org.workingrecord.authoring.LessonAuthoring;
import org.workingrecord.classroom.ClassInfo;
import org.workingrecord.classroom.ClassroomService;
import org.workingrecord.classroom.FeedbackMode;
import org.workingrecord.lesson.LoadedLesson;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;

/** A teacher writes a lesson in the browser: starts it on a source, mends a problem the check finds, publishes, assigns. */
@SpringBootTest
@ActiveProfiles("test")
@WithMockUser(username = "ms.lessons", roles = "TEACHER")
class LessonViewsTest extends SpringBrowserlessTest {

    @Autowired
    AccountService accounts;

    @Autowired
    TeacherSeeding seeding;

    @Autowired
    LessonAuthoring lessons;

    @Autowired
    ClassroomService classroom;

    private TeacherInfo me;

    @BeforeEach
    void teacherAccount() {
        me = accounts.byUsername("ms.lessons").orElseGet(() -> seeding.seedTeacher("ms.lessons", "Ms Lessons", "long enough password"));
    }

    private TextArea lessonText() {
        return find(TextArea.class).withLabel("The lesson (lesson.yaml)").single();
    }

    private String status() {
        return find(Paragraph.class).withClassName("next-step").single().getText();
    }

    @Test
    void aLessonIsStartedMendedPublishedAndAssigned() {
        UI.getCurrent().navigate("teach");
        test(find(Anchor.class).withText("Lessons you write").single()).click();
        assertThat(find(H1.class).single().getText()).isEqualTo("Lessons you write");
        // the shipped record is offered first
        assertThat(find(Select.class).withLabel("Source").single().getValue()).isNotNull();
        test(find(TextField.class).withLabel("Title of the lesson").single()).setValue("Molotov and Nagy");
        test(find(Button.class).withText("Start the lesson").single()).click();

        assertThat(find(H1.class).single().getText()).isEqualTo("Molotov and Nagy");
        assertThat(find(Paragraph.class).all()).extracting(Paragraph::getText)
                .contains("Version 1 is a draft: publish it to assign it to a class.", "The lesson has no problems.");
        // the version's key is in the address ("@" written %40, as an address must)
        assertThat(find(Anchor.class).withText("Try it as a student (opens a new tab)").single().getHref())
                .isEqualTo("teach/preview/molotov-and-nagy%401");

        // a quotation that is not in the record: saved as a draft, the problem shown by its line
        String good = lessonText().getValue();
        String broken = good.replaceFirst("quote: .*", "quote: Nagy must go at once, said nobody");
        test(lessonText()).setValue(broken);
        test(find(Button.class).withText("Save a new version").single()).click();
        assertThat(status()).startsWith("Version 2 saved as a draft. It has one problem");
        int line = broken.lines().toList().indexOf(broken.lines().filter(l -> l.contains("said nobody")).findFirst().orElseThrow()) + 1;
        assertThat(find(ListItem.class).all()).extracting(ListItem::getText).anyMatch(t -> t.startsWith("lesson.yaml, line " + line + ": "));
        assertThat(find(Button.class).withText("Publish version 2").exists()).isFalse();
        assertThat(find(Anchor.class).withText("Try it as a student (opens a new tab)").exists()).isFalse();
        assertThat(lessonText().getValue()).as("nothing the teacher wrote is lost").isEqualTo(broken);

        test(lessonText()).setValue(good.replace("Who said this?", "Who said these words?"));
        test(find(Button.class).withText("Save a new version").single()).click();
        assertThat(status()).isEqualTo("Version 3 saved, with no problems. Try it, then publish it.");
        test(find(Button.class).withText("Publish version 3").single()).click();
        assertThat(status()).isEqualTo("Version 3 is published.");
        assertThat(find(Paragraph.class).all()).extracting(Paragraph::getText)
                .contains("Version 3 is published: you can assign it to a class.");

        // tried as a student sees it, by the link the page gives
        String tryIt = find(Anchor.class).withText("Try it as a student (opens a new tab)").single().getHref();
        assertThat(tryIt).isEqualTo("teach/preview/molotov-and-nagy%403");
        UI.getCurrent().navigate(tryIt);
        assertThat(find(H1.class).all()).extracting(H1::getText).contains("Molotov and Nagy");

        // offered when assigning, and assigned as version 3
        ClassInfo c = classroom.createClass(me.id(), "Lessons class " + System.nanoTime());
        UI.getCurrent().navigate("teach/classes/" + c.id());
        @SuppressWarnings("unchecked")
        Select<LoadedLesson> pick = find(Select.class).withLabel("Lesson").single();
        LoadedLesson mine = pick.getListDataView().getItems().filter(l -> l.plan().title().equals("Molotov and Nagy"))
                .findFirst().orElseThrow();
        assertThat(mine.plan().id()).isEqualTo("molotov-and-nagy@3");
        test(pick).selectItem("Molotov and Nagy");
        test(find(Button.class).withText("Give this lesson to the class").single()).click();
        assertThat(classroom.assignmentsOf(me.id(), c.id())).singleElement()
                .satisfies(a -> assertThat(a.lessonId()).isEqualTo("molotov-and-nagy@3"));
    }

    @Test
    void anotherTeachersPrivateLessonIsNotFoundByItsAddressOrItsKey() {
        TeacherInfo other = accounts.byUsername("mr.other.lessons")
                .orElseGet(() -> seeding.seedTeacher("mr.other.lessons", "Mr Other", "long enough password"));
        long id = lessons.start(other.id(), "presidium-1956-10-26", "Mr Other's private lesson").id().orElseThrow();
        UI.getCurrent().navigate("teach/lessons/" + id);
        assertThat(find(H1.class).all()).extracting(H1::getText).doesNotContain("Mr Other's private lesson");
        assertThat(find(Div.class).all().stream().map(d -> d.getElement().getTextRecursively()))
                .anyMatch(t -> t.contains("There is no such lesson, or it is another teacher’s and not shared."));
        UI.getCurrent().navigate("teach/preview/mr-other-s-private-lesson@1");
        assertThat(find(H1.class).all()).extracting(H1::getText).doesNotContain("Mr Other's private lesson");
        UI.getCurrent().navigate("teach/lessons");
        assertThat(find(Anchor.class).withText("Mr Other's private lesson").exists()).isFalse();

        // shared and published: read-only for this teacher
        lessons.share(other.id(), id, true);
        lessons.publish(other.id(), id);
        UI.getCurrent().navigate("teach/lessons/" + id);
        assertThat(find(H1.class).single().getText()).isEqualTo("Mr Other's private lesson");
        assertThat(find(TextArea.class).exists()).isFalse();
        assertThat(find(Button.class).withText("Remove this lesson").exists()).isFalse();
        assertThat(find(Anchor.class).withText("Try it as a student (opens a new tab)").single().getHref())
                .isEqualTo("teach/preview/mr-other-s-private-lesson%401");
    }

    @Test
    void theClassesPageOffersANewerVersionWithWhatChangedAndMovesTheClass() {
        long id = lessons.start(me.id(), "presidium-1956-10-26", "Newer versions " + System.nanoTime()).id().orElseThrow();
        String lessonId = lessons.open(me.id(), id).orElseThrow().summary().lessonId();
        lessons.publish(me.id(), id);
        ClassInfo c = classroom.createClass(me.id(), "Versions class " + System.nanoTime());
        long assignment = classroom.assign(me.id(), c.id(), lessonId + "@1", null, FeedbackMode.IMMEDIATE, List.of()).id();
        UI.getCurrent().navigate("teach/assignments/" + assignment + "/settings");
        assertThat(find(H2.class).all()).extracting(H2::getText).doesNotContain("A newer version of this lesson");

        String yaml = lessons.open(me.id(), id).orElseThrow().lessonYaml();
        lessons.save(me.id(), id, yaml.replace("Who said this?", "Who said these words?"), "");
        lessons.publish(me.id(), id);
        UI.getCurrent().navigate("teach/assignments/" + assignment + "/settings");
        assertThat(find(H2.class).all()).extracting(H2::getText).contains("A newer version of this lesson");
        assertThat(find(ListItem.class).all()).extracting(ListItem::getText)
                .anyMatch(t -> t.startsWith("Who said what: Who said this?") && t.contains("the question now reads “Who said these words?”"));
        test(find(Button.class).withText("Give this class version 2").single()).click();
        test(find(ConfirmDialog.class).single()).confirm();
        assertThat(classroom.assignmentOf(me.id(), assignment).lessonId()).isEqualTo(lessonId + "@2");
        assertThat(find(H2.class).all()).extracting(H2::getText).doesNotContain("A newer version of this lesson");
    }

    @Test
    void aQuestionIsAddedFromTheRecordsWordsWithItsKeyFoundThere() {
        long id = lessons.start(me.id(), "presidium-1956-10-26", "Built in the page " + System.nanoTime()).id().orElseThrow();
        UI.getCurrent().navigate("teach/lessons/" + id);
        assertThat(find(H2.class).all()).extracting(H2::getText).contains("Add a question from the record");
        test(find(TextField.class).withLabel("Words from the record").single()).setValue("he incites capitulation with nobody");
        test(find(Button.class).withText("Add the question").single()).click();
        assertThat(find(Paragraph.class).withClassName("form-error").single().getText())
                .startsWith("These words are not in the record.");
        test(find(TextField.class).withLabel("Words from the record").single()).setValue("he incites capitulation");
        test(find(Button.class).withText("Add the question").single()).click();
        assertThat(status()).isEqualTo("Question added: version 2 saved, with no problems.");
        assertThat(lessonText().getValue()).contains("quote: he incites capitulation", "answer: zhukov");
        // a true-or-false asks for its statement, with its own fields
        test(find(RadioButtonGroup.class).withLabel("Kind of question").single()).selectItem("True or false, with evidence");
        assertThat(find(TextField.class).withLabel("The statement").exists()).isTrue();
        assertThat(find(RadioButtonGroup.class).withLabel("Is the statement true?").exists()).isTrue();
    }

    @Test
    void aPositionsGridIsFilledInCellByCellOnThePage() {
        long id = lessons.start(me.id(), "presidium-1956-10-26", "Grid in the page " + System.nanoTime()).id().orElseThrow();
        UI.getCurrent().navigate("teach/lessons/" + id);
        test(find(TextField.class).withLabel("Topic").single()).setValue("Mikoyan");
        test(find(TextField.class).withLabel("The question students answer about it").single())
                .setValue("What does each speaker think of Mikoyan?");
        test(find(Select.class).withLabel("Stance of Georgy Zhukov").single()).selectItem("Firm line");
        test(find(TextField.class).withLabel("Words of Georgy Zhukov that show it").single()).setValue("he incites capitulation");
        test(find(Select.class).withLabel("Stance of Liu Shaoqi").single()).selectItem("Not stated in this record");
        test(find(Button.class).withText("Add the grid").single()).click();
        assertThat(status()).isEqualTo("Question added: version 2 saved, with no problems.");
        assertThat(lessonText().getValue()).contains("type: positions-grid", "speakers:\n          - liu\n          - zhukov");
    }
}
