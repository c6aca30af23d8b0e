package org.workingrecord.gradebook;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.workingrecord.attempt.AttemptService;
import org.workingrecord.attempt.ClassResults;
import org.workingrecord.attempt.SavedAnswer;
import org.workingrecord.classroom.AssignmentInfo;
import org.workingrecord.classroom.ClassInfo;
import org.workingrecord.classroom.ClassroomService;
import org.workingrecord.classroom.FeedbackMode;
import org.workingrecord.classroom.JoinClient;
import org.workingrecord.classroom.JoinOutcome;
import org.workingrecord.classroom.StudentRef;
import org.workingrecord.grading.Answer;

@SpringBootTest
@ActiveProfiles("test")
class GradebookTest {

    @Autowired
    ClassroomService classroom;

    @Autowired
    AttemptService attempts;

    private AssignmentInfo assignment;
    private ClassResults results;

    private StudentRef join(ClassInfo c, String name) {
        return ((JoinOutcome.Joined) classroom.join(c.joinCode(), name, new JoinClient(name + System.nanoTime(), "x"))).student();
    }

    @BeforeEach
    void aClassAnswers() {
        ClassInfo c = classroom.createClass(900_007L, "11A");
        assignment = classroom.assign(900_007L, c.id(), "hard-or-soft-line", null, FeedbackMode.AFTER_SUBMISSION, List.of("positions"));
        StudentRef zsofia = join(c, "Zsófia Ő.");
        StudentRef ivan = join(c, "Иван П.");
        StudentRef tom = join(c, "Tom B.");
        long id = assignment.id();
        // two students miss Khrushchev's words on Mikoyan; one reads his reservation as criticism, a defensible reading
        attempts.save(zsofia, id, "positions/grid", new Answer.Grid(Map.of(new Answer.Cell("khrushchev", "mikoyan"), "not-stated")), SavedAnswer.NONE);
        attempts.save(ivan, id, "positions/grid", new Answer.Grid(Map.of(new Answer.Cell("khrushchev", "mikoyan"), "not-stated")), SavedAnswer.NONE);
        attempts.save(tom, id, "positions/grid", new Answer.Grid(Map.of(new Answer.Cell("khrushchev", "mikoyan"), "critical")), SavedAnswer.NONE);
        attempts.save(zsofia, id, "positions/only-defender", Answer.WhoSaidIt.of("zhukov"), SavedAnswer.NONE);
        attempts.save(ivan, id, "positions/only-defender", Answer.WhoSaidIt.of("khrushchev"), SavedAnswer.NONE);
        attempts.save(zsofia, id, "positions/open-khrushchev", new Answer.Open("He defends him."), SavedAnswer.NONE);
        attempts.save(ivan, id, "positions/open-khrushchev", new Answer.Open("Both."), SavedAnswer.NONE);
        attempts.grade(900_007L, id, ivan.studentId(), "positions/open-khrushchev", 3, "Good");
        results = attempts.results(900_007L, id);
    }

    @Test
    void theSummaryShowsTwoOfThreeMissedKhrushchevsWordsOnMikoyan() {
        ClassSummary summary = ClassSummary.of(results);
        ClassSummary.Cell cell = summary.grids().get(0).cells().stream()
                .filter(c -> c.speaker().equals("khrushchev") && c.topic().equals("mikoyan")).findFirst().orElseThrow();
        assertThat(cell.keyStance()).isEqualTo("mixed");
        assertThat(cell.chosen()).containsEntry("not-stated", 2).containsEntry("critical", 1);
        ClassSummary.QuestionSummary who = summary.questions().stream()
                .filter(q -> q.question().key().equals("positions/only-defender")).findFirst().orElseThrow();
        assertThat(who.answered()).isEqualTo(2);
        assertThat(who.correct()).isEqualTo(1);
        assertThat(who.percentCorrect()).isEqualTo(50);
        assertThat(who.commonWrong()).containsExactly(new ClassSummary.Count("Georgy Zhukov", 1));
    }

    @Test
    void csvHasARowPerStudentAColumnPerQuestionAndTotals() {
        String csv = new String(GradebookExport.csv(results), StandardCharsets.UTF_8);
        List<String> lines = csv.lines().toList();
        assertThat(lines).hasSize(4);
        assertThat(lines.get(0)).startsWith("\uFEFF\"Student\",\"" + results.questions().get(0).title() + " (/27)\"")
                .endsWith("\"Total (/35)\"").as("questions in words, not keys").doesNotContain("positions/grid");
        assertThat(lines).anySatisfy(l -> assertThat(l).startsWith("\"Zsófia Ő.\",\"0\",\"0\"").contains("\"to grade\""));
        assertThat(lines).anySatisfy(l -> assertThat(l).startsWith("\"Иван П.\",\"0\",\"1\"").endsWith("\"3\",\"4\""));
        assertThat(lines).anySatisfy(l -> assertThat(l).startsWith("\"Tom B.\",\"1\""));
    }

    /** OWASP's CSV injection: what a spreadsheet could run as a formula is shown as text, nothing else is touched. */
    @Test
    void cellsThatCouldBeFormulasAreShownAsText() {
        assertThat(GradebookExport.guard("=HYPERLINK(\"http://x\")")).isEqualTo("'=HYPERLINK(\"http://x\")");
        assertThat(GradebookExport.guard("+1")).startsWith("'");
        assertThat(GradebookExport.guard("-2+3")).startsWith("'");
        assertThat(GradebookExport.guard("@SUM(A1)")).startsWith("'");
        assertThat(GradebookExport.guard("\t=1+1")).as("a tab first").startsWith("'");
        assertThat(GradebookExport.guard("\r=1+1")).as("a carriage return first").startsWith("'");
        assertThat(GradebookExport.guard("Zhukov wants force.\n=cmd|' /C calc'!A0")).as("a formula on a later line").startsWith("'");
        assertThat(GradebookExport.guard("Zhukov wants force.\r\n@SUM(A1)")).startsWith("'");
        assertThat(GradebookExport.guard("Line 16: \"incites capitulation\" = Zhukov")).as("an = inside a line").doesNotStartWith("'");
        assertThat(GradebookExport.guard("Anna K.")).isEqualTo("Anna K.");
        String csv = new String(GradebookExport.csv(List.of(List.of("Answer"), List.of("First line\n=1+1"))), StandardCharsets.UTF_8);
        assertThat(csv).contains("\"'First line\n=1+1\"");
    }

    @Test
    void theClassGradebookSumsEveryLesson() {
        String csv = new String(GradebookExport.classCsv(List.of(results, results)), StandardCharsets.UTF_8);
        List<String> lines = csv.lines().toList();
        assertThat(lines.get(0)).contains("Hard line or soft line?").endsWith("\"Total (/70)\"");
        assertThat(lines).anySatisfy(l -> assertThat(l).startsWith("\"Иван П.\",\"4\",\"4\",\"8\""));
    }

    @Test
    void xlsxOpensWithTheSameTable() throws Exception {
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(GradebookExport.xlsx(results)))) {
            Sheet sheet = book.getSheet("Gradebook");
            assertThat(sheet.getLastRowNum()).isEqualTo(3);
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Student");
            int ivanRow = sheet.getRow(1).getCell(0).getStringCellValue().equals("Иван П.") ? 1
                    : sheet.getRow(2).getCell(0).getStringCellValue().equals("Иван П.") ? 2 : 3;
            int last = sheet.getRow(0).getLastCellNum() - 1;
            assertThat(sheet.getRow(ivanRow).getCell(last).getNumericCellValue()).isEqualTo(4.0);
        }
    }
}
