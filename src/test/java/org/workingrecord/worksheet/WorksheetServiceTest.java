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
import org.apache.poi.xwpf.model.XWPFHeaderFooterPolicy;
import org.apache.poi.xwpf.usermodel.UnderlinePatterns;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.ActiveProfiles;
import org.workingrecord.attempt.AssignedQuestion;
import org.workingrecord.attempt.AttemptService;
import org.workingrecord.attempt.SavedAnswer;
import org.workingrecord.classroom.AssignmentInfo;
import org.workingrecord.classroom.ClassInfo;
import org.workingrecord.classroom.ClassroomService;
import org.workingrecord.classroom.FeedbackMode;
import org.workingrecord.classroom.JoinClient;
import org.workingrecord.classroom.JoinOutcome;
import org.workingrecord.classroom.StudentRef;
import org.workingrecord.grading.Answer;
import org.workingrecord.lesson.Arrangement;
import org.workingrecord.lesson.LessonCatalog;
import org.workingrecord.lesson.LessonPlan;
import org.workingrecord.lesson.Question;

/** Every kind of document, reopened with POI: what must be in it is, and what must not be is not. */
@SpringBootTest
@ActiveProfiles("test")
class WorksheetServiceTest {

    /** A shipped lesson's blank worksheet and key may be printed by any teacher. */
    private static final long ANY_TEACHER = 0L;

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
        attempts.save(zsofia, assignment.id(), "quiz/who-capitulation", Answer.WhoSaidIt.of("zhukov"), SavedAnswer.NONE);
        // a wrong one: the Military-Revolutionary Committee is Kaganovich's
        attempts.save(zsofia, assignment.id(), "quiz/who-committee", Answer.WhoSaidIt.of("zhukov"), SavedAnswer.NONE);
        attempts.save(zsofia, assignment.id(), "quiz/open-one-speaker", new Answer.Open("Zhukov wanted a firm line (line 16)."),
                SavedAnswer.NONE);
        attempts.grade(TEACHER, assignment.id(), zsofia.studentId(), "quiz/open-one-speaker", 3, "Well argued.");
        attempts.releaseGrades(TEACHER, assignment.id());
        attempts.submit(zsofia, assignment.id());
    }

    @Test
    void theStudentWorksheetHasTheSourceEverySpeakerAndQuestionButNoKeys() throws Exception {
        String text = text(worksheets.worksheet(ANY_TEACHER, "who-said-what", PaperSize.A4));
        LessonPlan plan = catalog.lesson("who-said-what").orElseThrow().plan();
        assertThat(text).contains("Name: ________________", "Class: ________________", "Date: ________________");
        assertThat(text).contains("Bulganin:  Comrade Bulganin. Comrade Mikoyan’s position is wrong");
        for (String speaker : List.of("Liu Shaotsi", "Bulganin", "Molotov", "Kaganovich", "Malenkov", "Zhukov", "Shepilov",
                "Furtseva", "Khrushchev")) {
            assertThat(text).contains(speaker + ":  ").doesNotContain("[" + speaker + "]");
        }
        assertThat(text).contains("F.Z. Op.12. D.1005.").contains("ASK IGOR").doesNotContain("<p>").doesNotContain("<u>");
        assertThat(text).contains("Who said this? “he incites capitulation”", "Letter: ______", "Line number: ____________");
        // the speakers once, as a key of letters, not a list of boxes under every who-said-it question
        assertThat(text.split("Write the letter of the speaker", -1)).hasSize(2);
        assertThat(text).contains("F  Georgy Zhukov").doesNotContain("☐  Georgy Zhukov");
        assertThat(text).as("the name line on every page").contains("Name: ______________________     Class: ____________");
        assertThat(text).as("paper is not a screen").doesNotContainIgnoringCase("click").doesNotContain("open it at any time");
        plan.activities().forEach(a -> assertThat(text).contains(a.title()));
        assertThat(text).doesNotContain("Answer: ").doesNotContain(plan.glossary().isEmpty() ? "x" : "Model answer");
    }

    @Test
    void theAnswerKeyHasKeysEvidenceAndRubric() throws Exception {
        String text = text(worksheets.answerKey(ANY_TEACHER, "hard-or-soft-line", PaperSize.LETTER));
        assertThat(text).contains("TEACHER'S COPY");
        assertThat(text).as("with the letter students write on the worksheet").contains("Answer: Nikita Khrushchev (I)  (line 22)");
        assertThat(text).contains("Supportive / in favour (also accept: Mixed)");
        assertThat(text).contains("Model answer").contains("Secure");
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(worksheets.answerKey(ANY_TEACHER, "hard-or-soft-line", PaperSize.LETTER)))) {
            assertThat(doc.getDocument().getBody().getSectPr().getPgSz().getW().toString()).isEqualTo("12240");
        }
    }

    @Test
    void aCompletedWorksheetShowsTheStudentsAnswersScoresAndGrades() throws Exception {
        String text = text(worksheets.completedForStudent(zsofia, assignment.id(), PaperSize.A4));
        assertThat(text).contains("Name: Zsófia Ő.", "Class: 10B History");
        assertThat(text).contains("Your answer: Georgy Zhukov").contains("✓ Right: 1 of 1 point");
        // a wrong answer is marked, with what the source says and where
        assertThat(text).contains("✗ Not right: 0 of 1 point").contains("Not quite: these words are in the turn of Lazar Kaganovich");
        assertThat(text).contains("Your answer: Zhukov wanted a firm line (line 16).");
        assertThat(text).contains("Teacher’s grade: 3 of 3. Comment: Well argued.");
        assertThat(text).contains("Handed in on ");
        assertThat(text).as("the total: 1 right answer and 3 points from the teacher").containsPattern("Score: 4 of \\d+ points\\.");
        assertThat(text).as("name and class on every page").contains("Zsófia Ő.  ·  10B History  ·  Who said what? Reading a Kremlin working record");
    }

    @Test
    void beforeHandingInAStudentsOwnCopyShowsNoRightOrWrong() throws Exception {
        StudentRef ben = join("Ben T.");
        attempts.save(ben, assignment.id(), "quiz/who-committee", Answer.WhoSaidIt.of("zhukov"), SavedAnswer.NONE);
        String text = text(worksheets.completedForStudent(ben, assignment.id(), PaperSize.A4));
        assertThat(text).contains("Your answer: Georgy Zhukov").contains("Not handed in yet: 1 of ")
                .contains("Right and wrong answers are shown on this copy once the work is handed in.");
        assertThat(text).doesNotContain("✗").doesNotContain("✓").doesNotContain("Not quite").doesNotContain("Score:");
        assertThat(text(worksheets.completedForTeacher(TEACHER, assignment.id(), ben.studentId(), PaperSize.A4)))
                .as("the teacher sees the marks at once").contains("✗ Not right: 0 of 1 point").contains("Score: 0 of ");
    }

    @Test
    void theSourcePrintsTheRecordsUnderliningAndBoldSpeakerLabels() throws Exception {
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(worksheets.worksheet(ANY_TEACHER, "who-said-what", PaperSize.A4)))) {
            List<XWPFRun> runs = doc.getTables().stream().flatMap(t -> t.getRows().stream())
                    .flatMap(r -> r.getTableCells().stream()).flatMap(c -> c.getParagraphs().stream()).flatMap(p -> p.getRuns().stream())
                    .toList();
            List<String> underlined = runs.stream().filter(r -> r.getUnderline() == UnderlinePatterns.SINGLE)
                    .map(XWPFRun::text).toList();
            assertThat(underlined).containsExactlyInAnyOrder("Liu Shaotsi", "VPSH");
            assertThat(runs).filteredOn(r -> r.text().equals("Khrushchev:  ")).singleElement()
                    .extracting(XWPFRun::isBold).isEqualTo(true);
        }
    }

    @Test
    void headingsAreRealHeadingsForNavigationAndScreenReaders() throws Exception {
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(worksheets.worksheet(ANY_TEACHER, "who-said-what", PaperSize.A4)))) {
            assertThat(doc.getStyles().getStyle("Heading1").getName()).isEqualTo("heading 1");
            assertThat(doc.getParagraphs()).filteredOn(p -> "Heading1".equals(p.getStyle())).extracting(XWPFParagraph::getText)
                    .containsExactly("Who said what? Reading a Kremlin working record");
            assertThat(doc.getParagraphs()).filteredOn(p -> "Heading2".equals(p.getStyle())).extracting(XWPFParagraph::getText)
                    .contains("The source", "Who said it?");
        }
    }

    @Test
    void theWorksheetPrintsChoicesAndOrderItemsInTheLessonsShuffleNotTheKeysOrder() throws Exception {
        var lesson = catalog.lesson("who-said-what").orElseThrow();
        long printed = Arrangement.forLesson("who-said-what");
        String text = text(worksheets.worksheet(ANY_TEACHER, "who-said-what", PaperSize.A4));
        int choices = 0;
        for (var q : AssignedQuestion.all(lesson)) {
            List<String> expected = switch (q.question()) {
                case Question.Order o -> Arrangement.of(o, q.key(), printed).stream()
                        .map(i -> "[    ]  " + o.items().get(i).text()).toList();
                case Question.Choice c -> Arrangement.of(c, q.key(), printed).stream()
                        .map(i -> "☐  " + c.options().get(i)).toList();
                default -> List.of();
            };
            if (expected.isEmpty()) {
                continue;
            }
            choices++;
            int from = text.indexOf(q.question().prompt());
            List<Integer> at = expected.stream().map(line -> text.indexOf(line, from)).toList();
            assertThat(at).as(q.key() + " printed in the shuffled order").doesNotContain(-1).isSorted();
        }
        assertThat(choices).isGreaterThan(3);
        // across the lesson the right answer no longer stands first most of the time
        long rightFirst = AssignedQuestion.all(lesson).stream()
                .filter(q -> q.question() instanceof Question.Choice)
                .filter(q -> Arrangement.of(q.question(), q.key(), printed).get(0)
                        == ((Question.Choice) q.question()).answer()).count();
        assertThat(rightFirst).isLessThan(choices / 2 + 1);
    }

    @Test
    void theTeachersCopyIsTheSameAsTheStudentsOwn() throws Exception {
        String own = text(worksheets.completedForStudent(zsofia, assignment.id(), PaperSize.A4));
        String teachers = text(worksheets.completedForTeacher(TEACHER, assignment.id(), zsofia.studentId(), PaperSize.A4));
        assertThat(teachers).contains("Teacher’s grade: 3 of 3. Comment: Well argued.").contains("Handed in on ");
        assertThat(teachers).as("one read path: the same document").isEqualTo(own);
        String pack = text(worksheets.classPack(TEACHER, assignment.id(), PaperSize.A4, WorksheetWriter.Layout.ANSWERS));
        assertThat(pack).contains("Well argued.").contains("Handed in on ");
    }

    @Test
    void aClassPackPrintsTheSourceOnceThenEachStudentAsASectionWithTheirNameOnEveryPage() throws Exception {
        byte[] pack = worksheets.classPack(TEACHER, assignment.id(), PaperSize.A4, WorksheetWriter.Layout.ANSWERS);
        String text = text(pack);
        assertThat(text.split("ASK IGOR", -1)).as("the source once").hasSize(2);
        assertThat(text).contains("The source – print one copy for the class");
        assertThat(text).contains("Name: Zsófia Ő.", "Name: Иван П.").contains("Not started: no answers yet.")
                .contains("End of the work of Zsófia Ő.", "End of the work of Иван П.");
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(pack))) {
            // the source, then one section per student: each starts a new page and counts its own pages
            List<CTSectPr> sections = new ArrayList<>();
            doc.getParagraphs().stream().filter(p -> p.getCTP().isSetPPr() && p.getCTP().getPPr().isSetSectPr())
                    .forEach(p -> sections.add(p.getCTP().getPPr().getSectPr()));
            sections.add(doc.getDocument().getBody().getSectPr());
            assertThat(sections).hasSize(3).allSatisfy(s -> assertThat(s.getPgNumType().getStart().intValue()).isEqualTo(1));
            List<String> headers = new ArrayList<>();
            for (var s : sections) {
                headers.add(new XWPFHeaderFooterPolicy(doc, s).getDefaultHeader().getText().strip());
                assertThat(new XWPFHeaderFooterPolicy(doc, s).getDefaultFooter()._getHdrFtr().xmlText())
                        .as("numbered within the part, not across the pack").contains("w:instr=\"PAGE\"").doesNotContain("NUMPAGES");
            }
            assertThat(headers).containsExactly("The source – print one copy for the class",
                    "Zsófia Ő.  ·  10B History  ·  Who said what? Reading a Kremlin working record", "Иван П.  ·  10B History  ·  Who said what? Reading a Kremlin working record");
        }
        String full = text(worksheets.classPack(TEACHER, assignment.id(), PaperSize.A4, WorksheetWriter.Layout.FULL));
        assertThat(full.split("ASK IGOR", -1)).as("the whole worksheet for each student").hasSize(3);

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
        assertThatThrownBy(() -> worksheets.classPack(900_043L, assignment.id(), PaperSize.A4, WorksheetWriter.Layout.ANSWERS)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> worksheets.loginCards(900_043L, schoolClass.id(), PaperSize.A4)).isInstanceOf(AccessDeniedException.class);
    }
}
