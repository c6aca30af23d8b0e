package org.workingrecord.attempt.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.workingrecord.attempt.AttemptService;
import org.workingrecord.classroom.AssignmentInfo;
import org.workingrecord.classroom.ClassInfo;
import org.workingrecord.classroom.ClassroomService;
import org.workingrecord.classroom.FeedbackMode;
import org.workingrecord.classroom.JoinClient;
import org.workingrecord.classroom.JoinOutcome;
import org.workingrecord.grading.Answer;
import org.workingrecord.lesson.ui.RecordPanel;
import org.workingrecord.support.TwoRecords;
import org.workingrecord.worksheet.PaperSize;
import org.workingrecord.worksheet.WorksheetService;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.QueryParameters;

/**
 * A lesson on two records as its users meet it: the reader shows both, each under its heading with its
 * lines lettered; a student points at a line of record B by typing "b6" and is right; the worksheet and
 * its key print both records and cite "B6".
 */
@SpringBootTest
@ActiveProfiles("test")
class TwoRecordsViewTest extends SpringBrowserlessTest {

    @DynamicPropertySource
    static void lessons(DynamicPropertyRegistry registry) {
        registry.add("workingrecord.lessons-dir", () -> TwoRecords.folder().toString());
    }

    @Autowired
    ClassroomService classroom;

    @Autowired
    AttemptService attempts;

    @Autowired
    WorksheetService worksheets;

    private ClassInfo schoolClass;
    private String resumeCode;
    private JoinOutcome.Joined joined;

    @BeforeEach
    void joinAClass() {
        schoolClass = classroom.createClass(900_077L, "11C");
        joined = (JoinOutcome.Joined) classroom.join(schoolClass.joinCode(), "Bea", new JoinClient("two-" + System.nanoTime(), "x"));
        resumeCode = joined.resumeCode();
    }

    private static String text(byte[] docx) throws Exception {
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx)); XWPFWordExtractor ex = new XWPFWordExtractor(doc)) {
            return ex.getText();
        }
    }

    private Document record() {
        return Jsoup.parseBodyFragment(find(RecordPanel.class).single().html());
    }

    @Test
    void theReaderShowsEachRecordUnderItsHeadingWithLetteredLines() {
        UI.getCurrent().navigate("lessons/" + TwoRecords.LESSON + "/source", QueryParameters.of("line", "B6"));
        assertThat(find(H1.class).single().getText()).isEqualTo("Two records side by side");
        assertThat(find(Paragraph.class).withClassName("next-step").single().getText())
                .endsWith("This lesson has 2 records, one after the other, each with a letter: A, B … Every line number starts"
                        + " with its record’s letter, so B7 means line 7 of record B.");
        Document record = record();
        assertThat(record.select("section.record-text > h2.record-letter")).extracting(Element::text).containsExactly(
                "Record A: Working Record of the Session of 26 October 1956", "Record B: Working Record of a Test Session (not a historical document)");
        // each line's id is its place across the records; students see the record's letter and its own number
        Element b6 = record.getElementById("line-40");
        assertThat(b6.selectFirst(".line-no").text()).isEqualTo("Line B6");
        assertThat(b6.selectFirst(".line-text").text()).contains("Agrees with Comrade Mikoyan.");
        assertThat(record.getElementById("line-16").selectFirst(".line-no").text()).isEqualTo("Line A16");
        // record B's speakers are labelled like record A's; its own note stands on its words
        assertThat(record.select("section.record-text").get(1).select("div.turn")).extracting(t -> t.attr("data-speaker"))
                .containsExactly("Mikoyan", "Suslov", "Khrushchev");
        assertThat(record.select("section.record-text").get(1).select(".annotated").text()).isEqualTo("Send the telegram today.");
        assertThat(record.select("section.record-text").get(0).select(".annotated").text()).doesNotContain("telegram");
        // record A's glossary explains its own words: its note that Mikoyan "was not at this meeting" stays off record B
        assertThat(record.select("section.record-text").get(0).text()).contains("so they were not at this meeting");
        assertThat(record.select("section.record-text").get(1).text()).doesNotContain("not at this meeting")
                .contains("A message sent by wire.");
        // the address ?line=B6 opens the reader at that line
        assertThat(find(RecordPanel.class).single().focusedLine()).isEqualTo(40);
        // who was there and what the document is, for each record
        assertThat(find(Details.class).all()).extracting(Details::getSummaryText)
                .contains("Who was there – record A", "Who was there – record B", "About this document – record B");
        assertThat(find(Details.class).all().stream().map(d -> d.getElement().getTextRecursively()))
                .anyMatch(t -> t.contains("Mikoyan (record A)") && t.contains("telegram (record B)"));
    }

    @Test
    void aStudentPointsAtALineOfRecordBAndTheFeedbackCitesIt() {
        AssignmentInfo a = classroom.assign(900_077L, schoolClass.id(), TwoRecords.LESSON, null, FeedbackMode.IMMEDIATE, List.of());
        UI.getCurrent().navigate("join");
        test(find(TextField.class).withLabel("Your resume code").single()).setValue(resumeCode);
        test(find(Button.class).withText("Come back to my work").single()).click();
        UI.getCurrent().navigate("work/" + a.id());

        // the guided reading highlights Mikoyan's words in record B and says where they are
        assertThat(find(RecordPanel.class).single().highlightedLines()).containsExactly(39);
        assertThat(find(Paragraph.class).all()).extracting(Paragraph::getText)
                .contains("The highlighted words in the source, from line B5, are this speaker's.");

        HtmlInputs.step(find(Nav.class).all(), "Two records");
        TextField line = find(TextField.class).withLabel("Line number").all().get(0);
        assertThat(line.getHelperText()).contains("such as A12 (records A to B)");
        // a line number alone is not enough with two records: the field says so and nothing is saved
        test(line).setValue("6");
        assertThat(line.isInvalid()).isTrue();
        assertThat(line.getErrorMessage()).isEqualTo("There is no line “6” in the source. Type a line number you can see beside the text.");
        assertThat(attempts.open(joined.student(), a.id()).answers()).doesNotContainKey("quiz/pick-b");

        test(line).setValue("b6");
        assertThat(line.isInvalid()).isFalse();
        assertThat(find(Paragraph.class).withClassName("pick-preview").all().get(0).getText())
                .isEqualTo("Line B6: Comrade Suslov. Agrees with Comrade Mikoyan.");
        assertThat(attempts.open(joined.student(), a.id()).answers().get("quiz/pick-b").value()).isEqualTo(Answer.Evidence.of(40));
        test(find(Button.class).withText("Check my answer").all().get(1)).click();
        Div feedback = find(Div.class).withClassName("feedback-right").single();
        assertThat(feedback.getElement().getTextRecursively()).contains("Right: line B6 holds the words.", "Show me (line B6)");
        assertThat(find(RecordPanel.class).single().highlightedLines()).containsExactly(40);

        // pointing in the source fills in the record's letter
        // (the checked answer is final: its button is off; the next question's is on)
        test(find(Button.class).withText("Point at a line in the source").all().get(1)).click();
        find(RecordPanel.class).single().pick(16);
        assertThat(find(TextField.class).withLabel("Line number").all().get(1).getValue()).isEqualTo("A16");
    }

    @Test
    void theWorksheetAndItsKeyPrintBothRecordsAndCiteLettersAndLines() throws Exception {
        byte[] docx = worksheets.worksheet(0L, TwoRecords.LESSON, PaperSize.A4);
        // kept for a person to look at (render it with LibreOffice), as WorksheetPrintIT keeps its documents
        Files.write(Files.createDirectories(Path.of("target/documents")).resolve("two-records-worksheet.docx"), docx);
        String sheet = text(docx);
        assertThat(sheet).contains("Record A: Working Record of the Session of 26 October 1956",
                "Record B: Working Record of a Test Session (not a historical document)", "B6\tSuslov:  Comrade Suslov. Agrees with Comrade Mikoyan.",
                "A16\tZhukov:  Comrade Zhukov.", "Source: A test record, written for the app's tests");
        assertThat(sheet.indexOf("Record A:")).isLessThan(sheet.indexOf("Record B:"));
        // a pack's term holds for its own record, and says so on paper as on screen
        assertThat(sheet).contains("Mikoyan (record A)\tAnastas Mikoyan, first deputy head", "telegram (record B)\tA message sent by wire.");
        String key = text(worksheets.answerKey(0L, TwoRecords.LESSON, PaperSize.A4));
        assertThat(key).contains("Answer: line B6", "Answer: line A16", "Answer: Anastas Mikoyan (J)  (line B5)",
                "Speaker: Anastas Mikoyan (Member of the Presidium). Read line B5.");
    }
}
