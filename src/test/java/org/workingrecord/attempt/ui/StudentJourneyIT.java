package org.workingrecord.attempt.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.workingrecord.support.Browser.containing;
import static org.workingrecord.support.Browser.text;

import java.io.IOException;
import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.workingrecord.classroom.AssignmentInfo;
import org.workingrecord.classroom.ClassInfo;
import org.workingrecord.classroom.ClassroomService;
import org.workingrecord.classroom.FeedbackMode;
import org.workingrecord.support.Browser;

/**
 * In a real browser: join with a class code, answer one question of each kind, reload and find
 * every answer, hand in and get a receipt.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class StudentJourneyIT {

    @LocalServerPort
    int port;

    @Autowired
    ClassroomService classroom;

    @Autowired
    JdbcTemplate jdbc;

    private Browser b;

    private static By choice(String label) {
        return By.xpath("//label[contains(@class, 'choice')][normalize-space()=\"" + label + "\"]");
    }

    private void radio(String label) {
        b.visible(choice(label)).click();
    }

    private void select(WebElement select, String item) {
        new Select(select).selectByVisibleText(item);
    }

    private void savedCount(int n) throws IOException {
        try {
            b.wait.until(d -> d.findElements(By.cssSelector(".save-status")).stream()
                    .filter(e -> e.getText().startsWith("Saved at")).count() == n);
        } catch (RuntimeException e) {
            b.screenshot("failure-student-saved-count");
            throw e;
        }
    }

    @Test
    void joinAnswerEveryKindReloadAndHandIn() throws Exception {
        ClassInfo c = classroom.createClass(900_001L, "10B History");
        AssignmentInfo quiz = classroom.assign(900_001L, c.id(), "who-said-what", null, FeedbackMode.AFTER_SUBMISSION, List.of("quiz"));
        AssignmentInfo positions = classroom.assign(900_001L, c.id(), "hard-or-soft-line", null, FeedbackMode.IMMEDIATE, List.of("positions"));
        String base = "http://localhost:" + port;
        try (Browser browser = new Browser("1366,900")) {
            b = browser;
            b.driver.get(base + "/join");
            b.visible(By.xpath("//vaadin-text-field[.//label[normalize-space()='Class code']]//input")).sendKeys(c.joinCode());
            b.driver.findElement(By.xpath("//vaadin-text-field[.//label[normalize-space()='Your name']]//input")).sendKeys("Anna K.", Keys.ENTER);
            WebElement code = b.visible(By.cssSelector(".resume-code"));
            assertThat(code.getText()).matches("[A-Z2-9]{4}-[A-Z2-9]{4}");
            b.screenshot("student-1-joined");
            b.visible(text("vaadin-button", "Go to my work")).click();
            b.visible(text("h1", "My work"));
            b.screenshot("student-2-my-work");

            // the quiz: who said it, matching, pick the evidence, true/false, order, open
            b.driver.get(base + "/work/" + quiz.id());
            radio("Georgy Zhukov");
            List<WebElement> matches = b.driver.findElements(By.cssSelector(".matching select"));
            select(matches.get(0), "Vyacheslav Molotov");
            b.visible(text("vaadin-button", "Point at a line in the source")).click();
            b.visible(By.id("line-25")).click();
            b.wait.until(d -> d.findElement(By.cssSelector(".pick-preview")).getText().startsWith("Line 25:"));
            radio("False");
            // the items start in this student's own shuffled order: find Kaganovich and move him one place
            List<String> shown = b.driver.findElements(By.cssSelector(".order-list .order-text")).stream().map(WebElement::getText).toList();
            assertThat(shown.stream().map(t -> t.substring(0, t.indexOf(':'))).toList()).as("an order question never starts solved")
                    .containsExactlyInAnyOrder("Bulganin", "Kaganovich", "Zhukov", "Khrushchev")
                    .isNotEqualTo(List.of("Bulganin", "Kaganovich", "Zhukov", "Khrushchev"));
            int from = IntStream.range(0, shown.size()).filter(i -> shown.get(i).startsWith("Kaganovich")).findFirst().orElseThrow();
            int to = from == 0 ? 1 : from - 1;
            b.visible(By.cssSelector("button[aria-label^='" + (from == 0 ? "Move down" : "Move up") + ": Kaganovich']")).click();
            // the item moves at once, keyboard focus stays on it, and a screen reader hears where it went
            assertThat(b.driver.switchTo().activeElement().getAttribute("aria-label")).contains(": Kaganovich");
            assertThat(b.driver.findElements(By.cssSelector(".order-list .order-text")).get(to).getText()).startsWith("Kaganovich");
            b.wait.until(d -> d.findElement(By.cssSelector(".order-said")).getAttribute("textContent")
                    .startsWith("Moved to place " + (to + 1) + " of 4: Kaganovich"));
            savedCount(5);
            WebElement text = b.visible(By.xpath("//vaadin-text-area//textarea"));
            text.sendKeys("I chose Zhukov. In line 16 he speaks in favour of a firm line.");
            text.sendKeys(Keys.TAB);
            savedCount(6);
            b.screenshot("student-3-quiz-answered");

            b.driver.navigate().refresh();
            b.wait.until(d -> d.findElement(choice("Georgy Zhukov")).findElement(By.tagName("input")).isSelected());
            assertThat(b.driver.findElements(By.cssSelector(".order-list .order-text")).get(to).getText()).startsWith("Kaganovich");
            b.wait.until(d -> d.findElement(By.xpath("//vaadin-text-area//textarea")).getDomProperty("value").contains("In line 16"));
            assertThat(b.driver.findElement(By.cssSelector("vaadin-text-field.pick-line input")).getDomProperty("value")).isEqualTo("25");
            savedCount(6);

            b.visible(text("vaadin-button", "Next step →")).click();
            b.visible(containing("p", "You have answered 6 of 9 questions."));
            // the new step's heading has the focus: keyboard and screen reader users go on from there
            b.wait.until(d -> "Hand in".equals(d.switchTo().activeElement().getText())
                    && "h2".equals(d.switchTo().activeElement().getTagName()));
            b.visible(text("vaadin-button", "Hand in my work")).click();
            b.visible(By.xpath("//vaadin-button[normalize-space()='Hand in anyway' or (@slot='confirm-button' and normalize-space()='Hand in')]")).click();
            WebElement receipt = b.visible(By.cssSelector(".receipt"));
            assertThat(receipt.getText()).contains("You answered 6 of 9 questions.");
            b.screenshot("student-4-receipt");

            // the positions grid and a choice, with immediate feedback
            b.driver.get(base + "/work/" + positions.id());
            WebElement cell = b.visible(By.xpath("(//tr[th[normalize-space()='Nikita Khrushchev']]//select)[1]"));
            select(cell, "Critical / against");
            radio("Nothing: his recorded words are about Mikoyan, not Nagy.");
            savedCount(2);
            List<WebElement> checks = b.driver.findElements(By.xpath("//vaadin-button[normalize-space()='Check my answer']"));
            // the page header is sticky: bring each button to the middle of the screen, as a person would scroll
            b.driver.executeScript("arguments[0].scrollIntoView({block: 'center'})", checks.get(0));
            checks.get(0).click();
            b.visible(containing("span", "Fill in every part before you check: 26 still empty."));
            WebElement checkChoice = b.driver.findElement(By.xpath("//section[contains(@class,'question-card')]"
                    + "[.//legend[contains(., \"Molotov's view of Nagy\")]]//vaadin-button[normalize-space()='Check my answer']"));
            b.driver.executeScript("arguments[0].scrollIntoView({block: 'center'})", checkChoice);
            checkChoice.click();
            WebElement feedback = b.visible(By.cssSelector(".feedback-right"));
            assertThat(feedback.getText()).contains("Right.").contains("Molotov's turn is two short sentences");
            b.screenshot("student-5-grid-feedback");
            b.driver.manage().window().setSize(new Dimension(820, 1180));
            b.driver.navigate().refresh();
            b.visible(By.cssSelector(".question-card"));
            b.screenshot("student-6-tablet");
        }
        assertThat(jdbc.queryForObject("select status from attempt where assignment_id = ?", String.class, quiz.id()))
                .isEqualTo("SUBMITTED");
        assertThat(jdbc.queryForObject("select count(*) from answer a join attempt t on a.attempt_id = t.id"
                + " where t.assignment_id = ?", Integer.class, quiz.id())).isEqualTo(6);
    }
}
