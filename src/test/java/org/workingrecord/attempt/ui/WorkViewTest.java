package org.workingrecord.attempt.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.workingrecord.attempt.AttemptService;
import org.workingrecord.attempt.SaveOutcome;
import org.workingrecord.attempt.WorkStatus;
import org.workingrecord.classroom.AssignmentInfo;
import org.workingrecord.classroom.ClassInfo;
import org.workingrecord.classroom.ClassroomService;
import org.workingrecord.classroom.FeedbackMode;
import org.workingrecord.classroom.JoinClient;
import org.workingrecord.classroom.JoinOutcome;
import org.workingrecord.classroom.StudentRef;
import org.workingrecord.grading.Answer;
import org.workingrecord.lesson.ui.RecordPanel;
import org.workingrecord.shell.NotFoundView;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;

/** A student works through assigned lessons: every question kind, saving, feedback, conflicts, hand-in. */
@SpringBootTest
@ActiveProfiles("test")
class WorkViewTest extends SpringBrowserlessTest {

    @Autowired
    ClassroomService classroom;

    @Autowired
    AttemptService attempts;

    private ClassInfo schoolClass;
    private StudentRef anna;
    private String resumeCode;

    @BeforeEach
    void joinAClass() {
        schoolClass = classroom.createClass(900_001L, "10B");
        JoinOutcome.Joined joined = (JoinOutcome.Joined) classroom.join(schoolClass.joinCode(), "Anna",
                new JoinClient("setup-" + System.nanoTime(), "x"));
        anna = joined.student();
        resumeCode = joined.resumeCode();
    }

    /** As a student does it: the resume code on the join page. */
    private void signIn() {
        UI.getCurrent().navigate("join");
        test(find(TextField.class).withLabel("Your resume code").single()).setValue(resumeCode);
        test(find(Button.class).withText("Come back to my work").single()).click();
    }

    /** The items of who-said-what's order question, in the lesson's (the right) order. */
    private static final List<String> ORDER_ITEMS = List.of("Bulganin: \"Maintain a firm line.\"", "Kaganovich: \"Take a firm position.\"",
            "Zhukov: \"[Speaks in favour] of a firm line.\"", "Khrushchev: \"Send reinforcements\"");

    /** An order of items as the answer stores it: the lesson's numbers of the items. */
    private static Answer.Order numbers(List<String> items) {
        return new Answer.Order(items.stream().map(ORDER_ITEMS::indexOf).toList());
    }

    private void open(AssignmentInfo a) {
        UI.getCurrent().navigate("work/" + a.id());
    }

    private void press(String text) {
        test(find(Button.class).withText(text).first()).click();
    }

    /** The answer input (radio buttons, selects, ordering) whose question reads {@code label}. */
    private HtmlInputs input(String label) {
        return HtmlInputs.withLabel(find(Div.class).all(), label);
    }

    private List<String> statuses() {
        return find(Span.class).withClassName("save-status").all().stream().map(Span::getText).toList();
    }

    @Test
    void myWorkListsTheAssignmentsWithTheirStatus() {
        AssignmentInfo a = classroom.assign(900_001L, schoolClass.id(), "who-said-what", null, FeedbackMode.AFTER_SUBMISSION, List.of());
        signIn();
        assertThat(find(Paragraph.class).withTextContaining("Signed in as Anna, class 10B.").exists()).isTrue();
        assertThat(find(Span.class).withClassName("status").single().getText()).isEqualTo("Not started");
        attempts.save(anna, a.id(), "quiz/who-capitulation", Answer.WhoSaidIt.of("zhukov"), -1);
        UI.getCurrent().navigate("my-work");
        assertThat(find(Span.class).withClassName("status").single().getText()).isEqualTo("In progress");
    }

    @Test
    void theGuidedReadingHighlightsEachTurnAndSavesTheQuickCheck() {
        AssignmentInfo a = classroom.assign(900_001L, schoolClass.id(), "who-said-what", null, FeedbackMode.IMMEDIATE, List.of());
        signIn();
        open(a);
        assertThat(find(Span.class).withId("progress-text").single().getText()).isEqualTo("Step 1 of 3: Meet the speakers");
        assertThat(find(Span.class).withClassName("reading-counter").single().getText()).isEqualTo("Speaker 1 of 9");
        assertThat(find(RecordPanel.class).single().highlightedLines()).containsExactly(8);

        press("Next speaker →");
        assertThat(statuses()).singleElement().asString().isEqualTo("Answer the quick check before you move on to the next speaker.");
        assertThat(find(Span.class).withClassName("reading-counter").single().getText()).isEqualTo("Speaker 1 of 9");
        input("Which country is this remark about?").choose("Poland");
        assertThat(statuses()).singleElement().asString().startsWith("Saved at ");
        press("Check my answer");
        assertThat(find(Div.class).withClassName("feedback-right").exists()).isTrue();

        press("Next speaker →");
        assertThat(find(RecordPanel.class).single().highlightedLines()).containsExactly(12);
        input("What does Bulganin call Mikoyan's position?").choose("brave but risky");
        press("Check my answer");
        Div feedback = find(Div.class).withClassName("feedback-wrong").single();
        assertThat(feedback.getElement().getTextRecursively()).contains("Not quite. The answer is: wrong, an ambiguous one.");
        assertThat(input("What does Bulganin call Mikoyan's position?").readOnly()).as("a checked answer is final").isTrue();
    }

    @Test
    void theFourthLessonReadsForCertaintyPlacesTheSessionAndAsksForAClaim() {
        AssignmentInfo a = classroom.assign(900_001L, schoolClass.id(), "already-set-on-force", null, FeedbackMode.IMMEDIATE, List.of());
        signIn();
        open(a);
        assertThat(find(Span.class).withId("progress-text").single().getText())
                .isEqualTo("Step 1 of 4: Certain or hesitant? Read it in plain words");
        // the record's words are highlighted; the plain words help, they do not replace them
        assertThat(find(RecordPanel.class).single().highlightedLines()).containsExactly(12);
        assertThat(find(Div.class).all().stream().map(d -> d.getElement().getTextRecursively()))
                .anyMatch(t -> t.contains("In plain words: \"We must stay tough.\""));
        input("What is \"Maintain a firm line.\" in this record?").choose("One speaker's proposal");
        press("Check my answer");
        assertThat(find(Div.class).withClassName("feedback-right").exists()).isTrue();

        HtmlInputs.step(find(Nav.class).all(), "Source it and place it");
        // placing the session: the answer is in the context cards, and the feedback says what came next
        input("Two days after this session, on 28 October, what did the same leadership decide?").choose("To attack Budapest at once");
        test(find(Button.class).withText("Check my answer").all().get(2)).click();
        assertThat(find(Div.class).withClassName("feedback-wrong").single().getElement().getTextRecursively())
                .contains("The decision for a second intervention came only on 31 October");
        // what was left open: "State it fin[ally] later." is line 31, "Postpone." line 33
        press("Point at a line in the source");
        find(RecordPanel.class).single().pick(33);
        assertThat(find(TextField.class).withLabel("Line number").all().get(0).getValue()).isEqualTo("33");

        press("Next step →");
        assertThat(find(Span.class).withId("progress-text").single().getText()).isEqualTo("Step 3 of 4: Answer the question");
        test(find(TextArea.class).single()).setValue("Not yet set on force. \"State it fin[ally] later.\" (line 31) ...");
        var saved = attempts.open(anna, a.id()).answers();
        assertThat(saved.get("reading/step-1").value()).as("the second option, the right one").isEqualTo(Answer.Choice.of(1));
        assertThat(saved.get("sourcing/left-open").value()).isEqualTo(Answer.Evidence.of(33));
        assertThat(((Answer.Open) saved.get("answer/claim-evidence-reasoning").value()).text()).contains("line 31");
    }

    @Test
    void everyQuestionKindIsAnsweredAndComesBackAfterAReload() {
        AssignmentInfo a = classroom.assign(900_001L, schoolClass.id(), "who-said-what", null, FeedbackMode.AFTER_SUBMISSION, List.of("quiz"));
        AssignmentInfo b = classroom.assign(900_001L, schoolClass.id(), "hard-or-soft-line", null, FeedbackMode.AFTER_SUBMISSION,
                List.of("positions"));
        signIn();
        open(a);
        input("Who said this? “he incites capitulation”").choose("Georgy Zhukov");
        HtmlInputs matching = HtmlInputs.all(find(Div.class).all(), "matching").get(0);
        matching.select(matching.selects().get(0), "Vyacheslav Molotov");
        matching.select(matching.selects().get(1), "Georgy Malenkov");
        // pick the evidence: point at a line in the source, as a click on line 25 does
        press("Point at a line in the source");
        find(RecordPanel.class).single().pick(25);
        assertThat(find(TextField.class).withLabel("Line number").single().getValue()).isEqualTo("25");
        input("Shepilov is in the list of those present at the meeting.").choose("False");
        HtmlInputs order = HtmlInputs.all(find(Div.class).all(), "order-input").get(0);
        // the items start in Anna's own shuffled order: move Kaganovich one place
        List<String> before = order.order();
        assertThat(before).as("an order question never starts solved").containsExactlyInAnyOrderElementsOf(ORDER_ITEMS)
                .isNotEqualTo(ORDER_ITEMS);
        int from = before.indexOf(ORDER_ITEMS.get(1));
        order.press((from == 0 ? "Move down: " : "Move up: ") + ORDER_ITEMS.get(1));
        List<String> after = new ArrayList<>(before);
        Collections.swap(after, from, from == 0 ? 1 : from - 1);
        test(find(TextArea.class).single()).setValue("I chose Zhukov. In line 16 he speaks in favour of a firm line.");
        assertThat(statuses()).filteredOn(s -> s.startsWith("Saved at")).hasSize(6);

        open(b);
        HtmlInputs grid = HtmlInputs.all(find(Div.class).all(), "positions").get(0);
        grid.select("Nikita Khrushchev – Mikoyan's conduct in Budapest", "Supportive / in favour");
        input("What does the record tell us about Molotov's view of Nagy?")
                .choose("Nothing: his recorded words are about Mikoyan, not Nagy.");

        // a reload, or the same code on another device: every answer is there
        signIn();
        open(a);
        assertThat(input("Who said this? “he incites capitulation”").chosen()).isEqualTo("Georgy Zhukov");
        HtmlInputs matchingAgain = HtmlInputs.all(find(Div.class).all(), "matching").get(0);
        assertThat(matchingAgain.selected(matchingAgain.selects().get(0))).isEqualTo("Vyacheslav Molotov");
        assertThat(HtmlInputs.all(find(Div.class).all(), "order-input").get(0).order()).as("the order as the student left it")
                .isEqualTo(after);
        assertThat(find(TextField.class).withLabel("Line number").single().getValue()).isEqualTo("25");
        assertThat(find(TextArea.class).single().getValue()).contains("In line 16");
        assertThat(attempts.open(anna, a.id()).answers().get("quiz/order-speakers").value())
                .as("stored in the lesson's numbering").isEqualTo(numbers(after));
        open(b);
        assertThat(((Answer.Grid) attempts.open(anna, b.id()).answers().get("positions/grid").value()).stance("khrushchev", "mikoyan"))
                .contains("supportive");
        assertThat(HtmlInputs.all(find(Div.class).all(), "positions").get(0)
                .selected("Nikita Khrushchev – Mikoyan's conduct in Budapest")).isEqualTo("Supportive / in favour");
    }

    @Test
    void eachStudentSeesTheChoicesInTheirOwnStableOrderAndTheAnswerIsStoredInTheLessonsNumbering() {
        AssignmentInfo a = classroom.assign(900_001L, schoolClass.id(), "hard-or-soft-line", null, FeedbackMode.AFTER_SUBMISSION,
                List.of("positions"));
        String prompt = "What does the record tell us about Molotov's view of Nagy?";
        List<String> lessonOrder = List.of("He trusted Nagy.", "He wanted Nagy removed.",
                "Nothing: his recorded words are about Mikoyan, not Nagy.");
        signIn();
        open(a);
        List<String> annas = input(prompt).html().select("label.choice").eachText();
        assertThat(annas).containsExactlyInAnyOrderElementsOf(lessonOrder);
        // the same order on a reload
        signIn();
        open(a);
        assertThat(input(prompt).html().select("label.choice").eachText()).isEqualTo(annas);
        input(prompt).choose("Nothing: his recorded words are about Mikoyan, not Nagy.");
        assertThat(attempts.open(anna, a.id()).answers().get("positions/molotov-nagy").value())
                .as("the lesson's number of the option, whatever its place on the screen").isEqualTo(Answer.Choice.of(2));
        // a class sees many orders: the right answer does not stand in one place for everyone
        Set<List<String>> orders = new HashSet<>();
        for (int i = 0; i < 12; i++) {
            JoinOutcome.Joined other = (JoinOutcome.Joined) classroom.join(schoolClass.joinCode(), "Reader " + (char) ('A' + i) + ".",
                    new JoinClient("order-" + i + "-" + System.nanoTime(), "10.0.0." + i));
            resumeCode = other.resumeCode();
            signIn();
            open(a);
            orders.add(input(prompt).html().select("label.choice").eachText());
        }
        assertThat(orders).hasSizeGreaterThan(2);
    }

    @Test
    void whatABrowserSendsIsCheckedAgainstTheQuestionBeforeItIsSaved() {
        AssignmentInfo a = classroom.assign(900_001L, schoolClass.id(), "who-said-what", null, FeedbackMode.AFTER_SUBMISSION, List.of("quiz"));
        signIn();
        open(a);
        HtmlInputs who = input("Who said this? “he incites capitulation”");
        who.forge("", "99");
        who.forge("", "-1");
        who.forge("", "zhukov");
        HtmlInputs matching = HtmlInputs.all(find(Div.class).all(), "matching").get(0);
        matching.forge("0", "stalin");
        matching.forge("17", "molotov");
        HtmlInputs order = HtmlInputs.all(find(Div.class).all(), "order-input").get(0);
        List<String> shown = order.order();
        order.forgeOrder("0,0,1,2");
        order.forgeOrder("0,1,2");
        order.forgeOrder("0,1,2,3,4");
        order.forgeOrder("<script>");
        assertThat(attempts.open(anna, a.id()).answers()).as("nothing that is not an answer to the question is saved").isEmpty();
        assertThat(statuses()).noneMatch(s -> s.startsWith("Saved at"));

        // what a student can really choose is saved, in the question's own terms
        who.choose("Georgy Zhukov");
        matching.select(matching.selects().get(0), "Vyacheslav Molotov");
        order.press("This order is my answer");
        var saved = attempts.open(anna, a.id()).answers();
        assertThat(saved.get("quiz/who-capitulation").value()).isEqualTo(Answer.WhoSaidIt.of("zhukov"));
        assertThat(((Answer.Matching) saved.get("quiz/match-statements").value()).speakers()).containsEntry(0, "molotov");
        assertThat(saved.get("quiz/order-speakers").value()).isEqualTo(numbers(shown));
    }

    @Test
    void thePositionsGridIsCheckedWhenCompleteAndTeachesWithTheEvidence() {
        AssignmentInfo a = classroom.assign(900_001L, schoolClass.id(), "hard-or-soft-line", null, FeedbackMode.IMMEDIATE, List.of("positions"));
        signIn();
        open(a);
        HtmlInputs grid = HtmlInputs.all(find(Div.class).all(), "positions").get(0);
        List<String> cells = grid.selects();
        assertThat(cells).hasSize(27);
        grid.select(cells.get(0), "Not stated in this record");
        test(find(Button.class).withText("Check my answer").all().get(0)).click();
        assertThat(statuses().get(0)).isEqualTo("Fill in every part before you check: 26 still empty.");
        for (String cell : cells.subList(1, cells.size())) {
            grid.select(cell, "Critical / against");
        }
        test(find(Button.class).withText("Check my answer").all().get(0)).click();
        Div feedback = find(Div.class).withClassName("feedback").first();
        assertThat(feedback.getElement().getTextRecursively())
                .contains("Nikita Khrushchev on A firm line and the use of force: the lesson’s answer is “Supportive / in favour”")
                .contains("See line 29.")
                // a defensible reading is not marked wrong: Khrushchev's reservation can be read as criticism
                .contains("Nikita Khrushchev on Mikoyan's conduct in Budapest: “Critical / against” can be defended. "
                        + "The lesson reads it as “Mixed”.");
        assertThat(find(RecordPanel.class).single().highlightedLines()).contains(22, 23, 29);
    }

    @Test
    void handingInListsTheGapsAsksAndGivesAReceipt() {
        AssignmentInfo a = classroom.assign(900_001L, schoolClass.id(), "who-said-what", null, FeedbackMode.AFTER_SUBMISSION, List.of("quiz"));
        signIn();
        open(a);
        input("Who said this? “he incites capitulation”").choose("Georgy Zhukov");
        press("Next step →");
        assertThat(find(Paragraph.class).withText("You have answered 1 of 9 questions.").exists()).isTrue();
        press("Hand in my work");
        ConfirmDialog dialog = find(ConfirmDialog.class).single();
        assertThat(test(dialog).getText()).startsWith("8 questions have no answer yet.");
        // with gaps, the main button goes back; handing in is the second choice
        assertThat(dialog.getElement().getProperty("confirmText")).isEqualTo("Go back to my questions");
        test(dialog).reject();
        Div receipt = find(Div.class).withClassName("receipt").single();
        assertThat(receipt.getElement().getTextRecursively()).contains("You answered 1 of 9 questions.");
        assertThat(attempts.statuses(anna, List.of(a))).containsEntry(a.id(), WorkStatus.SUBMITTED);
        // feedback after submission, pointing at the source
        assertThat(find(Div.class).withClassName("feedback-right").exists()).isTrue();

        open(a);
        assertThat(find(Div.class).withClassName("receipt").exists()).as("handed-in work opens at the receipt").isTrue();
        assertThat(HtmlInputs.steps(find(Nav.class).all()))
                .containsExactly("Who said it?", "[Hand in]");
        HtmlInputs.step(find(Nav.class).all(), "Who said it?");
        assertThat(HtmlInputs.steps(find(Nav.class).all()))
                .containsExactly("[Who said it?]", "Hand in");
        assertThat(input("Who said this? “he incites capitulation”").readOnly()).as("handed-in work is locked").isTrue();
    }

    @Test
    void aSecondTabsAnswerIsShownNotOverwritten() {
        AssignmentInfo a = classroom.assign(900_001L, schoolClass.id(), "who-said-what", null, FeedbackMode.AFTER_SUBMISSION, List.of("quiz"));
        signIn();
        open(a);
        TextArea text = find(TextArea.class).single();
        test(text).setValue("First draft.");
        // meanwhile, the same student writes on another device
        int revision = attempts.open(anna, a.id()).answers().get("quiz/open-one-speaker").revision();
        assertThat(attempts.save(anna, a.id(), "quiz/open-one-speaker", new Answer.Open("From my phone."), revision))
                .isInstanceOf(SaveOutcome.Saved.class);
        test(text).setValue("Second draft on the laptop.");
        Div conflict = find(Div.class).withClassName("conflict").single();
        assertThat(conflict.getElement().getTextRecursively()).contains("“From my phone.”");
        press("Keep the answer on this screen");
        assertThat(attempts.open(anna, a.id()).answers().get("quiz/open-one-speaker").value())
                .isEqualTo(new Answer.Open("Second draft on the laptop."));
    }

    @Test
    void noStudentOpensAnotherClasssWork() {
        ClassInfo other = classroom.createClass(900_001L, "11A");
        AssignmentInfo theirs = classroom.assign(900_001L, other.id(), "who-said-what", null, FeedbackMode.IMMEDIATE, List.of());
        signIn();
        navigate("work/" + theirs.id(), NotFoundView.class);
        assertThat(find(H1.class).single().getText()).isEqualTo("Page not found");
        navigate("work/not-a-number", NotFoundView.class);
    }

    @Test
    void aRemovedStudentOrAnArchivedClassIsSentToJoinFromTheWorkPage() {
        AssignmentInfo a = classroom.assign(900_001L, schoolClass.id(), "who-said-what", null, FeedbackMode.IMMEDIATE, List.of());
        signIn();
        open(a);
        assertThat(find(H1.class).single().getText()).isEqualTo("Who said what? Reading a Kremlin working record");
        classroom.setArchived(900_001L, schoolClass.id(), true);
        open(a);
        assertThat(find(H1.class).single().getText()).as("the class was archived").isEqualTo("Join your class");
        classroom.setArchived(900_001L, schoolClass.id(), false);
        open(a);
        assertThat(find(H1.class).single().getText()).as("the session let go of the student: joining again is needed")
                .isEqualTo("Join your class");
        signIn();
        open(a);
        assertThat(find(H1.class).single().getText()).isEqualTo("Who said what? Reading a Kremlin working record");
        classroom.removeStudent(900_001L, anna.studentId());
        open(a);
        assertThat(find(H1.class).single().getText()).as("the student was removed").isEqualTo("Join your class");
    }

    @Test
    void withoutSigningInTheWorkPageSendsYouToJoin() {
        AssignmentInfo a = classroom.assign(900_001L, schoolClass.id(), "who-said-what", null, FeedbackMode.IMMEDIATE, List.of());
        open(a);
        assertThat(find(H1.class).single().getText()).isEqualTo("Join your class");
    }
}
