package org.workingrecord.worksheet;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
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

/**
 * What a teacher will print: every kind of document goes through LibreOffice to PDF; it must
 * convert, have a sane number of pages, and the printed text must hold the content. The PDFs and
 * a PNG of each first page stay in target/documents for a person to look at.
 */
@SpringBootTest
@ActiveProfiles("test")
class WorksheetPrintIT {

    static final long TEACHER = 900_077L;
    static final Path OUT = Path.of("target/documents");

    @Autowired
    WorksheetService worksheets;

    @Autowired
    ClassroomService classroom;

    @Autowired
    AttemptService attempts;

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
        return new Printed(run("pdftotext", "-layout", pdf.toString(), "-"), Integer.parseInt(pages.group(1)));
    }

    record Printed(String text, int pages) {
    }

    @Test
    void everyDocumentPrints() throws Exception {
        assertThat(Files.isExecutable(Path.of("/usr/bin/soffice")))
                .as("LibreOffice is needed: apt-get install -y --no-install-recommends libreoffice-writer-nogui poppler-utils").isTrue();
        ClassInfo c = classroom.createClass(TEACHER, "10B History");
        AssignmentInfo a = classroom.assign(TEACHER, c.id(), "hard-or-soft-line", null, FeedbackMode.AFTER_SUBMISSION, List.of());
        List<StudentRef> students = new ArrayList<>();
        for (String name : List.of("Zsófia Ő.", "Иван П.", "Ben T.")) {
            students.add(((JoinOutcome.Joined) classroom.join(c.joinCode(), name, new JoinClient(name, "x"))).student());
        }
        attempts.save(students.get(0), a.id(), "positions/grid", AnswerValue.of("khrushchev/mikoyan", "supportive"), SavedAnswer.NONE);
        attempts.save(students.get(0), a.id(), "positions/open-khrushchev",
                AnswerValue.of("text", "Mostly defending him: line 22, but he wants reinforcements (line 25)."), SavedAnswer.NONE);
        attempts.submit(students.get(0), a.id());

        Map<String, byte[]> documents = Map.of(
                "worksheet-who-said-what", worksheets.worksheet("who-said-what", PaperSize.A4),
                "answer-key-hard-or-soft-line", worksheets.answerKey("hard-or-soft-line", PaperSize.LETTER),
                "completed-zsofia", worksheets.completedForStudent(students.get(0), a.id(), PaperSize.A4),
                "class-pack", worksheets.classPack(TEACHER, a.id(), PaperSize.A4),
                "login-cards", worksheets.loginCards(TEACHER, c.id(), PaperSize.A4));
        Map<String, Printed> printed = new java.util.HashMap<>();
        for (var e : documents.entrySet()) {
            printed.put(e.getKey(), print(e.getKey(), e.getValue()));
        }

        Printed worksheet = printed.get("worksheet-who-said-what");
        assertThat(worksheet.pages()).isBetween(4, 16);
        assertThat(worksheet.text()).contains("Name:").contains("[Khrushchev]").contains("ASK IGOR")
                .contains("Who said it?").contains("Page 1 of");
        Printed key = printed.get("answer-key-hard-or-soft-line");
        assertThat(key.pages()).isBetween(4, 24);
        assertThat(key.text()).contains("Answer key").contains("Model answer");
        assertThat(printed.get("completed-zsofia").text()).contains("Zsófia Ő.").contains("Mostly defending him");
        Printed pack = printed.get("class-pack");
        assertThat(pack.text()).contains("Zsófia Ő.").contains("Иван П.").contains("Ben T.");
        assertThat(pack.pages()).as("each student from a new page").isGreaterThanOrEqualTo(3 * 3);
        Printed cards = printed.get("login-cards");
        assertThat(cards.pages()).isBetween(1, 2);
        assertThat(cards.text()).contains("My resume code:");
    }
}
