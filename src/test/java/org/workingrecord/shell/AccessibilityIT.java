package org.workingrecord.shell;

import static org.assertj.core.api.Assertions.assertThat;
import static org.workingrecord.support.Browser.text;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.workingrecord.account.AccountService;
import org.workingrecord.account.TeacherInfo;
import org.workingrecord.classroom.AssignmentInfo;
import org.workingrecord.classroom.ClassInfo;
import org.workingrecord.classroom.ClassroomService;
import org.workingrecord.classroom.FeedbackMode;
import org.workingrecord.lti.LtiPlatform;
import org.workingrecord.lti.LtiPlatforms;
import org.workingrecord.authoring.LessonAuthoring;
import org.workingrecord.authoring.SourceAuthoring;
import org.workingrecord.authoring.SourceForm;
import org.workingrecord.support.Browser;
import org.workingrecord.support.TestRecords;
import org.workingrecord.support.TwoRecords;

/**
 * Every page, student and teacher, in a real browser at desktop, tablet and phone widths, checked
 * with axe-core against WCAG 2.0/2.1 A and AA: no serious or critical violation anywhere. The
 * pages are reached as users reach them (signing in, joining with the class code, clicking the
 * steps), so the states in between (a question step, the hand-in dialog) are checked too.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "workingrecord.setup-token=axe-setup-token-0123456789abcdef0123456789abcdef")
@ActiveProfiles("test")
class AccessibilityIT {

    /** The shipped lessons, and a lesson on two records beside them. */
    @DynamicPropertySource
    static void lessons(DynamicPropertyRegistry registry) {
        registry.add("workingrecord.lessons-dir", () -> TwoRecords.withShippedLessons().toString());
    }

    private static final Map<String, Dimension> WIDTHS = new LinkedHashMap<>();

    static {
        WIDTHS.put("desktop", new Dimension(1366, 900));
        WIDTHS.put("tablet", new Dimension(820, 1180));
        WIDTHS.put("phone", new Dimension(390, 844));
    }

    /** axe itself, as the Deque artifact carries it. */
    private static final String AXE = axeScript();

    private static final String RUN = """
            const done = arguments[arguments.length - 1];
            axe.run({exclude: [['vaadin-dev-tools'], ['copilot-main']]},
                    {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']}, resultTypes: ['violations']})
              .then(r => done(r.violations.filter(v => v.impact === 'serious' || v.impact === 'critical')
                  .map(v => v.impact + ' ' + v.id + ': ' + v.help + ' at ' + v.nodes.slice(0, 3).map(n => n.target.join(' ')
                      + ' (' + n.any.map(a => a.message).join('; ') + ')').join(' | '))))
              .catch(e => done(['axe failed: ' + e]));
            """;

    @LocalServerPort
    int port;

    @Autowired
    AccountService accounts;

    @Autowired
    ClassroomService classroom;

    @Autowired
    LtiPlatforms platforms;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    SourceAuthoring authoring;

    @Autowired
    LessonAuthoring lessons;

    private final List<String> violations = new ArrayList<>();
    private final List<String> checked = new ArrayList<>();

    private static String axeScript() {
        try (InputStream in = AccessibilityIT.class.getClassLoader().getResourceAsStream("axe.min.js")) {
            assertThat(in).as("axe.min.js from com.deque.html.axe-core:selenium").isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String base() {
        return "http://localhost:" + port;
    }

    /** Checks what the browser shows now, at each width; the window is left at desktop width. */
    private void check(Browser b, String name) throws Exception {
        b.visible(By.id("main-content"));
        // Vaadin renders in steps: let the page settle before it is judged
        Thread.sleep(800);
        b.driver.executeScript(AXE);
        for (Map.Entry<String, Dimension> width : WIDTHS.entrySet()) {
            b.driver.manage().window().setSize(width.getValue());
            Thread.sleep(300);
            @SuppressWarnings("unchecked")
            List<String> found = (List<String>) b.driver.executeAsyncScript(RUN);
            found.forEach(v -> violations.add(name + " (" + width.getKey() + "): " + v));
        }
        b.driver.manage().window().setSize(WIDTHS.get("desktop"));
        checked.add(name);
    }

    private void open(Browser b, String path, String name) throws Exception {
        b.driver.get(base() + path);
        check(b, name);
    }

    private static void step(Browser b, String name) {
        b.visible(By.xpath("//nav[contains(@class,'step-nav')]//button[normalize-space()=\"" + name + "\"]")).click();
    }

    /**
     * A lesson on two records, by keyboard: the line field takes a record's letter and number ("b6"),
     * the answer is checked, and the feedback and the highlight are on line 6 of record B.
     */
    private void twoRecords(Browser b, AssignmentInfo two) throws Exception {
        b.driver.get(base() + "/work/" + two.id());
        b.visible(By.cssSelector(".speaker-card h2"));
        step(b, "Two records");
        check(b, "work: a lesson on two records");
        var line = b.visible(By.cssSelector("vaadin-text-field.pick-line input"));
        line.sendKeys("b6", Keys.TAB);
        b.wait.until(d -> d.findElements(By.cssSelector(".pick-preview")).stream()
                .anyMatch(e -> e.getText().equals("Line B6: Comrade Suslov. Agrees with Comrade Mikoyan.")));
        b.visible(text("vaadin-button", "Check my answer"));
        b.driver.findElements(text("vaadin-button", "Check my answer")).get(1).sendKeys(Keys.ENTER);
        b.wait.until(d -> d.findElements(By.cssSelector(".feedback-right")).stream()
                .anyMatch(e -> e.getText().contains("Right: line B6 holds the words.")));
        b.wait.until(d -> d.findElements(By.cssSelector("#line-40.line-highlight")).size() == 1);
        assertThat(b.driver.findElement(By.cssSelector("#line-40 .line-no")).getText().replaceAll("\\s+", " ")).isEqualTo("Line B6");
        b.screenshot("work-two-records-feedback");
    }

    /** A teacher brings a record: the empty list, the import page before and after reading, the saved record. */
    private void broughtRecords(Browser b, TeacherInfo teacher) throws Exception {
        open(b, "/teach/sources", "records teachers bring");
        open(b, "/teach/sources/new", "bring a record");
        b.visible(By.cssSelector("vaadin-text-area.record-paste textarea")).sendKeys(TestRecords.COUNCIL);
        b.visible(text("vaadin-button", "Read the record")).click();
        b.visible(By.cssSelector(".structure-table table"));
        check(b, "bring a record: what the app found");
        b.screenshot("bring-a-record");
        SourceForm form = new SourceForm("School council", "Made up for the tests.", "Free to use.", List.of(
                new SourceForm.SpeakerForm("khrushchev", "N. S. Khrushchev", List.of("Khrushchev", "N. S. Khrushchev"), "Chair", "Chairs the council."),
                new SourceForm.SpeakerForm("novak", "A. Novak", List.of("Novak"), "Member", "A member."),
                new SourceForm.SpeakerForm("smith", "B. Smith", List.of("Smith"), "Member", "A member.")));
        long id = authoring.create(teacher.id(), TestRecords.COUNCIL, form).id().orElseThrow();
        open(b, "/teach/sources/" + id, "a record a teacher brought");
        b.screenshot("a-brought-record");
    }

    /**
     * A teacher writes a lesson: the list, a new lesson started on the shipped record, a question added from the
     * record's words by keyboard, published, tried as a student; then a class on it is offered a newer version.
     */
    private void teachersLessons(Browser b, TeacherInfo teacher, ClassInfo c) throws Exception {
        open(b, "/teach/lessons", "lessons teachers write");
        b.visible(By.xpath("//vaadin-text-field[.//label[normalize-space()='Title of the lesson']]//input"))
                .sendKeys("Zhukov and Mikoyan");
        b.visible(text("vaadin-button", "Start the lesson")).sendKeys(Keys.ENTER);
        b.wait.until(d -> d.getCurrentUrl().matches(".*/teach/lessons/\\d+$"));
        check(b, "a lesson a teacher writes");
        b.screenshot("a-teachers-lesson");
        long id = Long.parseLong(b.driver.getCurrentUrl().replaceAll(".*/", ""));
        b.visible(By.xpath("//vaadin-text-field[.//label[normalize-space()='Words from the record']]//input"))
                .sendKeys("he incites capitulation");
        b.visible(text("vaadin-button", "Add the question")).sendKeys(Keys.ENTER);
        b.wait.until(d -> d.findElements(By.cssSelector(".next-step")).stream()
                .anyMatch(e -> e.getText().equals("Question added: version 2 saved, with no problems.")));
        b.visible(text("vaadin-button", "Publish version 2")).sendKeys(Keys.ENTER);
        b.wait.until(d -> d.findElements(By.cssSelector(".next-step")).stream().anyMatch(e -> e.getText().equals("Version 2 is published.")));
        check(b, "a teacher's lesson, published");
        b.screenshot("a-teachers-lesson-published");
        String lessonId = lessons.open(teacher.id(), id).orElseThrow().summary().lessonId();
        open(b, "/teach/preview/" + lessonId + "%402", "preview of a teacher's lesson");
        assertThat(b.visible(By.tagName("h1")).getText()).isEqualTo("Zhukov and Mikoyan");

        AssignmentInfo a = classroom.assign(teacher.id(), c.id(), lessonId + "@2", null, FeedbackMode.IMMEDIATE, List.of());
        String yaml = lessons.open(teacher.id(), id).orElseThrow().lessonYaml();
        lessons.save(teacher.id(), id, yaml.replace("Who said this?", "Who said these words?"), "");
        lessons.publish(teacher.id(), id);
        open(b, "/teach/assignments/" + a.id() + "/settings", "assignment settings: a newer version");
        b.screenshot("assignment-newer-version");
    }

    @Test
    void everyPageHasNoSeriousOrCriticalViolationAtAnyWidth() throws Exception {
        try (Browser b = new Browser("1366,900")) {
            // before anyone has an account: the setup page, then the first teacher is made through it
            open(b, "/setup?token=axe-setup-token-0123456789abcdef0123456789abcdef", "setup");
            open(b, "/", "lesson catalog");
            open(b, "/lessons/who-said-what", "lesson page");
            open(b, "/lessons/hard-or-soft-line/source", "reader");
            open(b, "/lessons/" + TwoRecords.LESSON + "/source?line=B6", "reader: a lesson on two records");
            b.screenshot("reader-two-records");
            open(b, "/login", "teacher sign-in");
            open(b, "/join", "join");
            open(b, "/privacy", "privacy notice");
            open(b, "/no-such-page", "page not found");
        }
        TeacherInfo admin = accounts.setUp("axe-setup-token-0123456789abcdef0123456789abcdef", "axe.admin", "Ms Axe", "a long enough password");
        accounts.addTeacher(admin.id(), "axe.other", "Mr Other", "another long enough password", false);
        ClassInfo c = classroom.createClass(admin.id(), "10B");
        AssignmentInfo who = classroom.assign(admin.id(), c.id(), "who-said-what", null, FeedbackMode.IMMEDIATE, List.of());
        AssignmentInfo grid = classroom.assign(admin.id(), c.id(), "hard-or-soft-line", null, FeedbackMode.AFTER_SUBMISSION, List.of());
        AssignmentInfo two = classroom.assign(admin.id(), c.id(), TwoRecords.LESSON, null, FeedbackMode.IMMEDIATE, List.of());
        // the grid lesson as if opened from a learning platform: its settings tab shows the class list and the marks sent
        LtiPlatform moodle = platforms.register(admin.id(), "School Moodle", "https://moodle.school.example", "axe",
                "https://moodle.school.example/auth", "https://moodle.school.example/token", "https://moodle.school.example/jwks", "1");
        jdbc.update("insert into lti_context (platform_id, context_id, class_id, memberships_url) values (?, 'c', ?, 'https://moodle.school.example/m')",
                moodle.id(), c.id());
        jdbc.update("insert into lti_link (platform_id, link_id, class_id, assignment_id, line_item) values (?, 'l', ?, ?, 'https://moodle.school.example/li')",
                moodle.id(), c.id(), grid.id());

        try (Browser b = new Browser("1366,900")) {
            b.driver.get(base() + "/join");
            b.visible(By.xpath("//vaadin-text-field[.//label[normalize-space()='Class code']]//input")).sendKeys(c.joinCode());
            b.driver.findElement(By.xpath("//vaadin-text-field[.//label[normalize-space()='Your name']]//input"))
                    .sendKeys("Anna K.", Keys.ENTER);
            b.visible(By.cssSelector(".resume-code"));
            check(b, "joined, with the resume code");
            open(b, "/my-work", "my work");
            // opening the lesson leaves its title in view: the source panel scrolls to the speaker's line, the
            // page does not, also where the source does not scroll by itself (a phone, a tablet)
            for (Map.Entry<String, Dimension> width : WIDTHS.entrySet()) {
                b.driver.manage().window().setSize(width.getValue());
                b.driver.get(base() + "/work/" + who.id());
                b.visible(By.cssSelector(".speaker-card h2"));
                Thread.sleep(1500);
                assertThat(((Number) b.driver.executeScript("return window.scrollY")).doubleValue())
                        .as("the page scrolled by itself on opening, " + width.getKey()).isZero();
            }
            b.driver.manage().window().setSize(WIDTHS.get("desktop"));
            check(b, "work: guided reading");
            // by keyboard alone: answer the check, press "Next speaker", and reading goes on at the new speaker's name
            String first = b.driver.findElement(By.cssSelector(".speaker-card h2")).getText();
            b.visible(By.cssSelector(".question-card input[type=radio]")).sendKeys(Keys.SPACE);
            b.wait.until(d -> d.findElements(By.cssSelector(".save-status")).stream().anyMatch(e -> e.getText().startsWith("Saved at")));
            b.visible(text("vaadin-button", "Next speaker →")).sendKeys(Keys.ENTER);
            b.wait.until(d -> Boolean.TRUE.equals(b.driver.executeScript("const a = document.activeElement;"
                    + " return a.tagName === 'H2' && a.closest('.speaker-card') !== null && a.textContent !== arguments[0];", first)));
            step(b, "Who said it?");
            check(b, "work: questions");
            open(b, "/work/" + grid.id(), "work: listen to the argument");
            step(b, "Where does each speaker stand?");
            check(b, "work: positions grid");
            step(b, "Hand in");
            check(b, "work: hand in");
            b.visible(text("vaadin-button", "Hand in my work")).click();
            b.visible(By.cssSelector("vaadin-confirm-dialog-overlay, vaadin-confirm-dialog"));
            check(b, "work: the hand-in dialog");
            // questions are still blank: the main button goes back to them, handing in is the second choice
            assertThat(b.visible(By.cssSelector("vaadin-button[slot='confirm-button']")).getText()).isEqualTo("Go back to my questions");
            b.visible(By.xpath("//vaadin-button[@slot='reject-button' and normalize-space()='Hand in anyway']")).click();
            b.visible(By.cssSelector(".receipt"));
            check(b, "work: the receipt");
            open(b, "/work/" + grid.id() + "/worksheet", "a student's own worksheet");
            twoRecords(b, two);
            open(b, "/teach", "a student on a teacher's page");
            assertThat(b.visible(By.tagName("h1")).getText()).isEqualTo("This page is for another kind of account");
            b.screenshot("student-on-a-teacher-page");
        }

        try (Browser b = new Browser("1366,900")) {
            b.driver.get(base() + "/login");
            b.visible(By.cssSelector("vaadin-login-form input[name='username']")).sendKeys("axe.admin");
            b.driver.findElement(By.cssSelector("vaadin-login-form input[name='password']")).sendKeys("a long enough password", Keys.ENTER);
            b.wait.until(d -> !d.getCurrentUrl().contains("/login"));
            open(b, "/teach", "teacher home");
            open(b, "/teach/classes/" + c.id(), "class");
            open(b, "/teach/classes/" + c.id() + "/cards", "login cards");
            for (String part : List.of("", "/summary", "/grading", "/downloads", "/settings")) {
                open(b, "/teach/assignments/" + grid.id() + part, "assignment" + (part.isEmpty() ? " progress" : part));
                if (part.equals("/settings")) {
                    b.screenshot("assignment-settings-learning-platform");
                }
            }
            b.visible(text("vaadin-button", "Withdraw the lesson")).click();
            b.visible(By.cssSelector("vaadin-button[slot='cancel-button']"));
            check(b, "assignment/settings: the withdraw dialog");
            b.visible(By.cssSelector("vaadin-button[slot='cancel-button']")).click();
            open(b, "/teach/preview/who-said-what", "preview");
            broughtRecords(b, admin);
            teachersLessons(b, admin, c);
            open(b, "/lesson-check", "lesson check");
            open(b, "/admin/teachers", "teacher accounts");
            b.visible(By.cssSelector("vaadin-button[aria-label='Remove: Mr Other']")).click();
            b.visible(By.cssSelector("vaadin-button[slot='reject-button']"));
            check(b, "teacher accounts: the removal dialog");
            b.visible(By.cssSelector("vaadin-button[slot='confirm-button']")).click();
            open(b, "/admin/audit", "audit log");
            b.screenshot("admin-audit-log");
            b.driver.get(base() + "/admin/students");
            b.visible(By.cssSelector("vaadin-text-field input")).sendKeys("anna", Keys.ENTER);
            b.visible(By.cssSelector("vaadin-button[aria-label^='Delete their data: Anna K.']"));
            check(b, "students' data on request: a student found");
            b.screenshot("admin-student-data-request");
            open(b, "/admin/platforms", "learning platforms");
            b.screenshot("admin-learning-platforms");
            open(b, "/teach/platform-activity", "add a lesson to a course (not from a platform)");
            open(b, "/lti/login?iss=https%3A%2F%2Funknown.example&login_hint=h&target_link_uri=t", "a refused LTI launch");
        }

        assertThat(checked).as("pages checked").hasSize(48);
        assertThat(violations).as("serious or critical axe violations (WCAG 2 A/AA) on " + checked).isEmpty();
    }
}
