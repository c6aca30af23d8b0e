package org.workingrecord.worksheet;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
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
import org.workingrecord.lesson.Question;
import org.workingrecord.support.Tools;

/**
 * What a teacher will print: every kind of document goes through LibreOffice to PDF; it must
 * convert, have a sane number of pages, and the printed text must hold the content. The PDFs and
 * a PNG of each first page stay in target/documents for a person to look at.
 */
@SpringBootTest
@ActiveProfiles("test")
class WorksheetPrintIT {

    /** A shipped lesson's blank worksheet and key may be printed by any teacher. */
    private static final long ANY_TEACHER = 0L;

    static final long TEACHER = 900_077L;
    static final Path OUT = Path.of("target/documents");

    @Autowired
    WorksheetService worksheets;

    @Autowired
    ClassroomService classroom;

    @Autowired
    AttemptService attempts;

    @Autowired
    LessonCatalog catalog;

    private static String run(String... command) throws Exception {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).as("finished: " + String.join(" ", command)).isTrue();
        assertThat(p.exitValue()).as(out).isZero();
        return out;
    }

    /** Converts with a fresh LibreOffice profile; returns the PDF's text and page count. */
    private static Printed print(String name, byte[] docx) throws Exception {
        Files.createDirectories(OUT);
        Path file = OUT.resolve(name + ".docx");
        Files.write(file, docx);
        Path profile = Files.createTempDirectory("lo-profile");
        run("soffice", "-env:UserInstallation=" + profile.toUri(), "--headless", "--convert-to", "pdf", "--outdir",
                OUT.toString(), file.toString());
        Path pdf = OUT.resolve(name + ".pdf");
        assertThat(pdf).exists();
        Matcher pages = Pattern.compile("Pages:\\s+(\\d+)").matcher(run("pdfinfo", pdf.toString()));
        assertThat(pages.find()).isTrue();
        run("pdftoppm", "-png", "-r", "60", "-f", "1", "-l", "2", pdf.toString(), OUT.resolve(name).toString());
        return new Printed(pdf, run("pdftotext", "-layout", pdf.toString(), "-"), Integer.parseInt(pages.group(1)));
    }

    record Printed(Path pdf, String text, int pages) {

        /** The text of one page (from 1). */
        String page(int n) throws Exception {
            return run("pdftotext", "-layout", "-f", String.valueOf(n), "-l", String.valueOf(n), pdf.toString(), "-");
        }

        /**
         * The ruled answer lines LibreOffice really drew: horizontal strokes in the ruled-line grey
         * wider than half the text, counted page by page in the PDF drawn as SVG.
         */
        int ruledLinesDrawn() throws Exception {
            Pattern stroke = Pattern.compile("stroke:rgb\\(50\\.19\\d*%,50\\.19\\d*%,50\\.19\\d*%\\)[^\"]*\" d=\"M ([\\d.]+) ([\\d.]+) L ([\\d.]+) ([\\d.]+) \"");
            int lines = 0;
            for (int n = 1; n <= pages; n++) {
                Path svg = OUT.resolve(pdf.getFileName() + "-" + n + ".svg");
                run("pdftocairo", "-svg", "-f", String.valueOf(n), "-l", String.valueOf(n), pdf.toString(), svg.toString());
                Matcher m = stroke.matcher(Files.readString(svg));
                while (m.find()) {
                    double width = Double.parseDouble(m.group(3)) - Double.parseDouble(m.group(1));
                    if (m.group(2).equals(m.group(4)) && width > 240) {
                        lines++;
                    }
                }
                Files.delete(svg);
            }
            return lines;
        }
    }

    @Test
    void everyDocumentPrints() throws Exception {
        Tools.require("The print test (Word to PDF, then reading the PDF)",
                "apt-get install -y --no-install-recommends libreoffice-writer-nogui poppler-utils",
                "soffice", "pdfinfo", "pdftoppm", "pdftotext", "pdftocairo");
        ClassInfo c = classroom.createClass(TEACHER, "10B History");
        AssignmentInfo a = classroom.assign(TEACHER, c.id(), "hard-or-soft-line", null, FeedbackMode.AFTER_SUBMISSION, List.of());
        List<StudentRef> students = new ArrayList<>();
        for (String name : List.of("Zsófia Ő.", "Иван П.", "Ben T.")) {
            students.add(((JoinOutcome.Joined) classroom.join(c.joinCode(), name, new JoinClient(name, "x"))).student());
        }
        attempts.save(students.get(0), a.id(), "positions/grid", new Answer.Grid(Map.of(new Answer.Cell("khrushchev", "mikoyan"), "supportive")), SavedAnswer.NONE);
        attempts.save(students.get(0), a.id(), "positions/open-khrushchev",
                new Answer.Open("Mostly defending him: line 22, but he wants reinforcements (line 25)."), SavedAnswer.NONE);
        attempts.submit(students.get(0), a.id());
        attempts.grade(TEACHER, a.id(), students.get(0).studentId(), "positions/open-khrushchev", 3, "Good use of line 22.");
        attempts.releaseGrades(TEACHER, a.id());

        Map<String, byte[]> documents = Map.of(
                "worksheet-who-said-what", worksheets.worksheet(ANY_TEACHER, "who-said-what", PaperSize.A4),
                "worksheet-hard-or-soft-line", worksheets.worksheet(ANY_TEACHER, "hard-or-soft-line", PaperSize.LETTER),
                "answer-key-hard-or-soft-line", worksheets.answerKey(ANY_TEACHER, "hard-or-soft-line", PaperSize.LETTER),
                "completed-zsofia", worksheets.completedForStudent(students.get(0), a.id(), PaperSize.A4),
                "class-pack", worksheets.classPack(TEACHER, a.id(), PaperSize.A4, WorksheetWriter.Layout.ANSWERS),
                "login-cards", worksheets.loginCards(TEACHER, c.id(), PaperSize.A4));
        Map<String, Printed> printed = new HashMap<>();
        for (var e : documents.entrySet()) {
            printed.put(e.getKey(), print(e.getKey(), e.getValue()));
        }

        Printed worksheet = printed.get("worksheet-who-said-what");
        assertThat(worksheet.pages()).isBetween(4, 16);
        assertThat(worksheet.text()).contains("Name:").contains("Khrushchev:").contains("ASK IGOR")
                .contains("Who said it?").contains("Page 1 of");
        // every ruled line of every open question is drawn (bordered paragraphs used to merge into one)
        var lesson = catalog.lesson("who-said-what").orElseThrow();
        int ruled = AssignedQuestion.all(lesson).stream()
                .filter(q -> q.question() instanceof Question.Open)
                .mapToInt(q -> WorksheetWriter.ruledLines((Question.Open) q.question())).sum();
        assertThat(ruled).isGreaterThan(4);
        assertThat(worksheet.ruledLinesDrawn()).as("ruled lines drawn by LibreOffice").isEqualTo(ruled);
        for (int n = 1; n <= worksheet.pages(); n++) {
            assertThat(worksheet.page(n)).as("a line for the name on page " + n).contains("Name: ____").contains("Page " + n + " of");
        }
        // the options and items in the printed order, which is not the key's
        String flat = worksheet.text().replaceAll("\\s+", " ");
        long printedSeed = Arrangement.forLesson("who-said-what");
        for (var q : AssignedQuestion.all(lesson)) {
            if (q.question() instanceof Question.Order o) {
                List<Integer> shown = Arrangement.of(o, q.key(), printedSeed);
                assertThat(shown).isNotEqualTo(List.of(0, 1, 2, 3));
                int from = flat.indexOf(o.prompt());
                assertThat(shown.stream().map(i -> flat.indexOf(o.items().get(i).text().replaceAll("\\s+", " "), from)).toList())
                        .doesNotContain(-1).isSorted();
            }
        }
        // the grid's cells have room for a tick and a line number
        assertThat(printed.get("worksheet-hard-or-soft-line").text()).contains("Line: ______").doesNotContain("Evidence (lines)");
        Printed key = printed.get("answer-key-hard-or-soft-line");
        assertThat(key.pages()).isBetween(4, 24);
        assertThat(key.text()).contains("Answer key").contains("Model answer");
        Printed completed = printed.get("completed-zsofia");
        assertThat(completed.text()).contains("Zsófia Ő.").contains("Mostly defending him").contains("Handed in on ")
                .contains("Teacher’s grade: 3 of").contains("Comment: Good use of line 22.")
                .doesNotContain("khrushchev/mikoyan");
        // her grid as a small marked table, in the lesson's words: Khrushchev's row has her "S" (supportive), which the lesson accepts
        assertThat(completed.text()).as("the grid answer in the lesson's words").contains("S = Supportive / in favour")
                .containsPattern("Nikita Khrushchev\\s+S\\s+\u2713");
        // her copy shows each choice's options in the order her screen showed them
        var hard = catalog.lesson("hard-or-soft-line").orElseThrow();
        String her = completed.text().replaceAll("\\s+", " ");
        long herSeed = Arrangement.forStudent(a.id(), students.get(0).studentId());
        int checked = 0;
        for (var q : AssignedQuestion.all(hard, a)) {
            if (q.question() instanceof Question.Choice choice && her.contains(choice.prompt())) {
                int from = her.indexOf(choice.prompt());
                List<Integer> at = Arrangement.of(choice, q.key(), herSeed).stream()
                        .map(i -> her.indexOf(choice.options().get(i).replaceAll("\\s+", " "), from)).toList();
                if (!at.contains(-1)) {
                    assertThat(at).as(q.key() + " in her order").isSorted();
                    checked++;
                }
            }
        }
        assertThat(checked).as("choices found on her copy").isGreaterThan(2);
        Printed pack = printed.get("class-pack");
        assertThat(pack.text()).contains("Zsófia Ő.").contains("Иван П.").contains("Ben T.");
        assertThat(pack.text().split("ASK IGOR", -1)).as("the source printed once").hasSize(2);
        // every page of a student's part carries their name, and the part's pages count from 1
        Map<String, Integer> pagesOf = new LinkedHashMap<>();
        for (int n = 1; n <= pack.pages(); n++) {
            String page = pack.page(n);
            for (String name : List.of("Zsófia Ő.", "Иван П.", "Ben T.")) {
                if (page.contains(name + " · 10B History")) {
                    int number = pagesOf.merge(name, 1, Integer::sum);
                    assertThat(page).as(name + "'s page " + number + " is numbered so").containsPattern("Page " + number + "\\s*$");
                }
            }
        }
        assertThat(pagesOf).containsOnlyKeys("Zsófia Ő.", "Иван П.", "Ben T.");
        assertThat(pack.text()).contains("End of the work of Zsófia Ő.", "End of the work of Ben T.");
        Printed cards = printed.get("login-cards");
        assertThat(cards.pages()).isBetween(1, 2);
        assertThat(cards.text()).contains("My resume code:");
    }
}
