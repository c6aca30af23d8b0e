package org.workingrecord.worksheet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.ActiveProfiles;
import org.workingrecord.attempt.AttemptService;
import org.workingrecord.attempt.SavedAnswer;
import org.workingrecord.classroom.AssignmentInfo;
import org.workingrecord.classroom.ClassInfo;
import org.workingrecord.classroom.ClassroomService;
import org.workingrecord.classroom.FeedbackMode;
import org.workingrecord.classroom.JoinClient;
import org.workingrecord.classroom.JoinOutcome;
import org.workingrecord.classroom.StudentRef;
import org.workingrecord.grading.AnswerValue;
import org.workingrecord.lesson.LessonCatalog;
import org.workingrecord.lesson.LessonPlan;

/** Every kind of document, reopened with POI: what must be in it is, and what must not be is not. */
@SpringBootTest
@ActiveProfiles("test")
class WorksheetServiceTest {

    static final long TEACHER = 900_042L;

    @Autowired
    WorksheetService worksheets;

    @Autowired
    ClassroomService classroom;

    @Autowired
    AttemptService attempts;

    @Autowired
    LessonCatalog catalog;

    private ClassInfo schoolClass;
    private AssignmentInfo assignment;
    private StudentRef zsofia;

    static String text(byte[] docx) throws Exception {
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx)); XWPFWordExtractor ex = new XWPFWordExtractor(doc)) {
            return ex.getText();
        }
    }

    private StudentRef join(String name) {
        return ((JoinOutcome.Joined) classroom.join(schoolClass.joinCode(), name, new JoinClient(name + System.nanoTime(), "x"))).student();
    }

    @BeforeEach
    void aClassWithWork() {
        schoolClass = classroom.createClass(TEACHER, "10B History");
        assignment = classroom.assign(TEACHER, schoolClass.id(), "who-said-what", null, FeedbackMode.AFTER_SUBMISSION, List.of("quiz"));
        zsofia = join("Zsófia Ő.");
        join("Иван П.");
        attempts.save(zsofia, assignment.id(), "quiz/who-capitulation", AnswerValue.of("speaker", "zhukov"), SavedAnswer.NONE);
        attempts.save(zsofia, assignment.id(), "quiz/open-one-speaker", AnswerValue.of("text", "Zhukov wanted a firm line (line 16)."),
                SavedAnswer.NONE);
        attempts.grade(TEACHER, assignment.id(), zsofia.studentId(), "quiz/open-one-speaker", 3, "Well argued.");
        attempts.releaseGrades(TEACHER, assignment.id());
        attempts.submit(zsofia, assignment.id());
    }

    @Test
    void theStudentWorksheetHasTheSourceEverySpeakerAndQuestionButNoKeys() throws Exception {
        String text = text(worksheets.worksheet("who-said-what", PaperSize.A4));
        LessonPlan plan = catalog.lesson("who-said-what").orElseThrow().plan();
        assertThat(text).contains("Name: ________________", "Class: ________________", "Date: ________________");
        assertThat(text).contains("[Bulganin]  Comrade Bulganin. Comrade Mikoyan’s position is wrong");
        for (String speaker : List.of("Liu Shaotsi", "Bulganin", "Molotov", "Kaganovich", "Malenkov", "Zhukov", "Shepilov",
                "Furtseva", "Khrushchev")) {
            assertThat(text).contains("[" + speaker + "]");
        }
        assertThat(text).contains("F.Z. Op.12. D.1005.").contains("ASK IGOR").doesNotContain("<p>").doesNotContain("<u>");
        assertThat(text).contains("Who said this? “he incites capitulation”", "☐  Georgy Zhukov", "Line number: ____________");
        plan.activities().forEach(a -> assertThat(text).contains(a.title()));
        assertThat(text).doesNotContain("Answer: ").doesNotContain(plan.glossary().isEmpty() ? "x" : "Model answer");
    }

    @Test
    void theAnswerKeyHasKeysEvidenceAndRubric() throws Exception {
        String text = text(worksheets.answerKey("hard-or-soft-line", PaperSize.LETTER));
        assertThat(text).contains("TEACHER'S COPY");
        assertThat(text).contains("Answer: Nikita Khrushchev  (line 22)");
        assertThat(text).contains("Supportive / in favour (also accept: Mixed)");
        assertThat(text).contains("Model answer").contains("Secure");
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(worksheets.answerKey("hard-or-soft-line", PaperSize.LETTER)))) {
            assertThat(doc.getDocument().getBody().getSectPr().getPgSz().getW().toString()).isEqualTo("12240");
        }
    }

    @Test
    void aCompletedWorksheetShowsTheStudentsAnswersScoresAndGrades() throws Exception {
        String text = text(worksheets.completedForStudent(zsofia, assignment.id(), PaperSize.A4));
        assertThat(text).contains("Name: Zsófia Ő.", "Class: 10B History");
        assertThat(text).contains("Your answer: Georgy Zhukov").contains("1 of 1 points");
        assertThat(text).contains("Your answer: Zhukov wanted a firm line (line 16).");
        assertThat(text).contains("Your teacher's grade: 3 of 3. Well argued.");
        assertThat(text).contains("Handed in on ");
    }

    @Test
    void theTeachersCopyIsTheSameAsTheStudentsOwn() throws Exception {
        String own = text(worksheets.completedForStudent(zsofia, assignment.id(), PaperSize.A4));
        String teachers = text(worksheets.completedForTeacher(TEACHER, assignment.id(), zsofia.studentId(), PaperSize.A4));
        assertThat(teachers).contains("Your teacher's grade: 3 of 3. Well argued.").contains("Handed in on ");
        assertThat(teachers).as("one read path: the same document").isEqualTo(own);
        String pack = text(worksheets.classPack(TEACHER, assignment.id(), PaperSize.A4));
        assertThat(pack).contains("Well argued.").contains("Handed in on ");
    }

    @Test
    void aClassPackHasEveryStudentFromANewPageAndAZipOfFiles() throws Exception {
        byte[] pack = worksheets.classPack(TEACHER, assignment.id(), PaperSize.A4);
        String text = text(pack);
        assertThat(text).contains("Name: Zsófia Ő.", "Name: Иван П.");
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(pack))) {
            long breaks = doc.getParagraphs().stream().flatMap(p -> p.getRuns().stream())
                    .filter(r -> r.getCTR().getBrList().stream().anyMatch(b -> b.getType() != null
                            && b.getType().toString().equals("page"))).count();
            assertThat(breaks).isEqualTo(1);
        }
        List<String> names = new ArrayList<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(worksheets.classPackZip(TEACHER, assignment.id(), PaperSize.A4)))) {
            for (ZipEntry e; (e = zip.getNextEntry()) != null; ) {
                names.add(e.getName());
                assertThat(text(zip.readAllBytes())).contains("Your answer:");
            }
        }
        assertThat(names).containsExactlyInAnyOrder("Zsófia-Ő.docx", "Иван-П.docx");
    }

    @Test
    void loginCardsCarryWorkingNewResumeCodes() throws Exception {
        String text = text(worksheets.loginCards(TEACHER, schoolClass.id(), PaperSize.A4));
        Matcher m = Pattern.compile("My resume code: ([A-Z2-9]{4}-[A-Z2-9]{4})").matcher(text);
        List<String> codes = new ArrayList<>();
        while (m.find()) {
            codes.add(m.group(1));
        }
        assertThat(codes).hasSize(2);
        assertThat(classroom.resume(codes.get(0), new JoinClient("card", "x"))).isInstanceOf(JoinOutcome.Resumed.class);
        assertThat(text).contains("Class code: " + schoolClass.joinCode().substring(0, 4) + "-");
    }

    @Test
    void onlyTheClasssTeacherGetsItsDocuments() {
        assertThatThrownBy(() -> worksheets.classPack(900_043L, assignment.id(), PaperSize.A4)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> worksheets.loginCards(900_043L, schoolClass.id(), PaperSize.A4)).isInstanceOf(AccessDeniedException.class);
    }
}
