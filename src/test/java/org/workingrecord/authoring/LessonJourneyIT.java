package org.workingrecord.authoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.workingrecord.support.Browser.containing;
import static org.workingrecord.support.Browser.text;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.jdbc.core.JdbcTemplate;
import org.workingrecord.account.TeacherInfo;
import org.workingrecord.account.TeacherSeeding;
import org.workingrecord.classroom.ClassInfo;
import org.workingrecord.classroom.ClassroomService;
import org.workingrecord.lesson.LessonCatalog;
import org.workingrecord.lesson.LessonLoader;
import org.workingrecord.support.Browser;
import org.workingrecord.support.TestRecords;

/**
 * The whole way of a record a teacher brings, in real browsers: the teacher imports minutes, corrects a line
 * the app read wrongly, names the speakers, starts a lesson on it, adds a "who said it" and a positions grid
 * from the record's words, publishes it and gives it to a class; a student joins and answers; the teacher
 * downloads the lesson folder, which loads with no problem beside the shipped packs (what {@code lint} runs).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class LessonJourneyIT {

    /** Selects the given words inside an element, as dragging the mouse over them does. */
    private static final String SELECT = """
            const el = document.querySelector(arguments[0]);
            const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
            for (let n = walker.nextNode(); n; n = walker.nextNode()) {
              const i = n.data.indexOf(arguments[1]);
              if (i >= 0) {
                const r = document.createRange();
                r.setStart(n, i);
                r.setEnd(n, i + arguments[1].length);
                const s = document.getSelection();
                s.removeAllRanges();
                s.addRange(r);
                return true;
              }
            }
            return false;""";

    @LocalServerPort
    int port;

    @Autowired
    TeacherSeeding seeding;

    @Autowired
    ClassroomService classroom;

    @Autowired
    LessonCatalog catalog;

    @Autowired
    JdbcTemplate jdbc;

    @TempDir
    Path folder;

    private String base() {
        return "http://localhost:" + port;
    }

    private static By field(String label) {
        return By.xpath("//*[self::vaadin-text-field or self::vaadin-text-area or self::vaadin-integer-field]"
                + "[./label[normalize-space()=\"" + label + "\"]]//*[self::input or self::textarea]");
    }

    private static void type(Browser b, String label, String value) {
        WebElement e = b.visible(field(label));
        e.clear();
        e.sendKeys(value);
    }

    private static void choose(Browser b, String label, String item) throws Exception {
        WebElement select = b.visible(By.xpath("//vaadin-select[./label[normalize-space()=\"" + label + "\"]]"));
        // in the middle of the window, clear of the corners' floating buttons, then opened as a user does
        b.driver.executeScript("arguments[0].scrollIntoView({block: 'center'})", select);
        select.findElement(By.cssSelector("vaadin-select-value-button")).click();
        try {
            // the item of the list that is open (every select on the page keeps its own items)
            b.visible(By.xpath("(//vaadin-select[@opened]//vaadin-select-item | //vaadin-select-overlay[@opened]//vaadin-select-item)"
                    + "[normalize-space()=\"" + item + "\"]")).click();
        } catch (RuntimeException e) {
            b.screenshot("journey-failed-select");
            Files.writeString(Path.of("target/screenshots/journey-failed-select.html"), b.driver.getPageSource());
            throw e;
        }
    }

    private static void status(Browser b, String expected) {
        b.wait.until(d -> d.findElements(By.cssSelector(".next-step")).stream().anyMatch(e -> e.getText().equals(expected)));
    }

    @Test
    void aRecordBecomesALessonAStudentAnswersAndItsFolderLintsClean() throws Exception {
        TeacherInfo teacher = seeding.seedTeacher("journey.teacher", "Ms Journey", "a long enough password");
        ClassInfo c = classroom.createClass(teacher.id(), "9J");
        String session;
        long assignment;
        long lessonRef;
        try (Browser b = new Browser("1366,1000")) {
            b.driver.get(base() + "/login");
            b.visible(By.cssSelector("vaadin-login-form input[name='username']")).sendKeys("journey.teacher");
            b.driver.findElement(By.cssSelector("vaadin-login-form input[name='password']")).sendKeys("a long enough password", Keys.ENTER);
            b.wait.until(d -> !d.getCurrentUrl().contains("/login"));

            // import the minutes, and correct line 7: "It is too expensive. (Cde. Smith)" goes on Novak's turn
            b.driver.get(base() + "/teach/sources/new");
            b.visible(By.cssSelector("vaadin-text-area.record-paste textarea")).sendKeys(TestRecords.COUNCIL);
            b.visible(text("vaadin-button", "Read the record")).click();
            b.visible(By.cssSelector(".structure-table table"));
            type(b, "Line", "7");
            choose(b, "The line is", "Part of the entry above it");
            b.visible(text("vaadin-button", "Correct this line")).click();
            b.visible(text("p", "Line 7: part of the entry above"));
            assertThat(b.driver.findElements(containing("h3", "Written as: Smith"))).isEmpty();
            b.screenshot("journey-corrected-line");

            // name the speakers, cite the record, save
            type(b, "Citation", "Minutes of the School Council, 3 March 2026 (made up for the tests).");
            type(b, "Rights and permission", "Written for the tests; free to use.");
            for (String who : List.of("Khrushchev, N. S. Khrushchev", "Novak")) {
                type(b, "Role on that date (" + who + ")", "Council member");
                type(b, "Who they were (" + who + ")", "A member of the school council.");
            }
            b.visible(text("vaadin-button", "Save the record")).click();
            b.wait.until(d -> d.getCurrentUrl().matches(".*/teach/sources/\\d+$"));

            // a lesson on it, with a "who said it" and a positions grid made from the record's words
            b.driver.get(base() + "/teach/lessons");
            choose(b, "Source", "Minutes of the School Council, 3 March 2026");
            type(b, "Title of the lesson", "The school trip");
            b.visible(text("vaadin-button", "Start the lesson")).click();
            b.wait.until(d -> d.getCurrentUrl().matches(".*/teach/lessons/\\d+$"));
            lessonRef = Long.parseLong(b.driver.getCurrentUrl().replaceAll(".*/", ""));
            // the words are selected with the mouse in the record on the page, as a teacher would
            b.visible(By.xpath("//vaadin-details-summary[normalize-space()='The record, with line numbers']")).click();
            b.visible(By.cssSelector("#line-6 .line-text"));
            assertThat((Boolean) b.driver.executeScript(SELECT, "#line-6 .line-text", "We need more money for the bus.")).isTrue();
            b.visible(text("vaadin-button", "Use the words selected in the record")).click();
            b.wait.until(d -> "We need more money for the bus.".equals(d.findElement(field("Words from the record")).getDomProperty("value")));
            b.visible(text("vaadin-button", "Add the question")).click();
            status(b, "Question added: version 2 saved, with no problems.");
            b.visible(By.xpath("//vaadin-details-summary[contains(normalize-space(), 'on one topic')]")).click();
            type(b, "Topic", "The trip");
            type(b, "The question students answer about it", "Who wants the trip, and who worries about it?");
            choose(b, "Stance of N. S. Khrushchev", "Firm line");
            type(b, "Words of N. S. Khrushchev that show it", "The trip should go ahead.");
            choose(b, "Stance of A. Novak", "Soft line");
            type(b, "Words of A. Novak that show it", "We need more money for the bus.");
            b.visible(text("vaadin-button", "Add the grid")).click();
            status(b, "Question added: version 3 saved, with no problems.");
            b.visible(text("vaadin-button", "Publish version 3")).click();
            status(b, "Version 3 is published.");
            b.screenshot("journey-lesson-published");

            // given to the class
            b.driver.get(base() + "/teach/classes/" + c.id());
            choose(b, "Lesson", "The school trip");
            b.visible(text("vaadin-button", "Give this lesson to the class")).click();
            b.wait.until(d -> d.getCurrentUrl().matches(".*/teach/assignments/\\d+$"));
            assignment = Long.parseLong(b.driver.getCurrentUrl().replaceAll(".*/", ""));
            session = b.driver.manage().getCookieNamed("JSESSIONID").getValue();
        }
        assertThat(classroom.assignmentOf(teacher.id(), assignment).lessonId()).isEqualTo("the-school-trip@3");

        // a student joins and says who said the first quotation
        try (Browser b = new Browser("1366,1000")) {
            b.driver.get(base() + "/join");
            b.visible(By.xpath("//vaadin-text-field[.//label[normalize-space()='Class code']]//input")).sendKeys(c.joinCode());
            b.driver.findElement(By.xpath("//vaadin-text-field[.//label[normalize-space()='Your name']]//input")).sendKeys("Jo", Keys.ENTER);
            b.visible(By.cssSelector(".resume-code"));
            b.driver.get(base() + "/work/" + assignment);
            b.visible(By.xpath("(//fieldset[contains(@class,'choice-group')])[1]//label[contains(normalize-space(), 'N. S. Khrushchev')]"))
                    .click();
            b.wait.until(d -> d.findElements(By.cssSelector(".save-status")).stream().anyMatch(e -> e.getText().startsWith("Saved at")));
            b.screenshot("journey-student-answered");
        }
        assertThat(jdbc.queryForObject("select count(*) from answer a join attempt t on a.attempt_id = t.id where t.assignment_id = ?",
                Integer.class, assignment)).isEqualTo(1);

        // the teacher's lesson folder: it drops into lesson-plans/ beside the shipped packs and loads clean
        HttpResponse<byte[]> zip = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create(base() + "/teach/lessons/" + lessonRef + "/lesson-folder.zip")).header("Cookie", "JSESSIONID=" + session).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(zip.statusCode()).isEqualTo(200);
        Path plans = folder.resolve("lesson-plans");
        Files.createDirectories(plans.resolve("sources"));
        try (var shipped = Files.list(catalog.folder().resolve("sources"))) {
            for (Path f : shipped.toList()) {
                Files.copy(f, plans.resolve("sources").resolve(f.getFileName()));
            }
        }
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip.body()))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                Path f = plans.resolve(e.getName());
                Files.createDirectories(f.getParent());
                Files.write(f, in.readAllBytes());
            }
        }
        LessonLoader.LoadResult linted = LessonLoader.loadAll(plans);
        assertThat(linted.problems()).isEmpty();
        assertThat(linted.lessons()).extracting(l -> l.plan().id()).containsExactly("the-school-trip");
        assertThat(Files.readString(plans.resolve("sources/minutes-of-the-school-council-3-march-2026.yaml")))
                .contains("structure:\n  - line: 7\n    as: continues");
    }
}
