package org.workingrecord.gradebook.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.workingrecord.support.Browser.containing;
import static org.workingrecord.support.Browser.text;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.workingrecord.support.Browser;

/**
 * In real browsers: first-run setup, a class, an assignment, a student answering in a second
 * browser while the teacher's progress page updates by itself, grading, and the gradebook download.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "workingrecord.setup-token=journey-setup-token-0123456789")
@ActiveProfiles("test")
class TeacherJourneyIT {

    @LocalServerPort
    int port;

    private static void type(Browser b, String label, String value) {
        b.visible(By.xpath("//*[self::vaadin-text-field or self::vaadin-password-field][.//label[normalize-space()='" + label
                + "']]//input")).sendKeys(value);
    }

    private static void click(Browser b, WebElement e) {
        b.driver.executeScript("arguments[0].scrollIntoView({block: 'center'})", e);
        e.click();
    }

    @Test
    void setUpTeachWatchGradeExport() throws Exception {
        String base = "http://localhost:" + port;
        try (Browser teacher = new Browser("1366,900"); Browser student = new Browser("1024,768")) {
            try {
                journey(base, teacher, student);
            } catch (Throwable failed) {
                teacher.screenshot("failure-teacher");
                student.screenshot("failure-student");
                throw failed;
            }
        }
    }

    private void journey(String base, Browser teacher, Browser student) throws Exception {
        {
            // first run: the link printed in the console
            teacher.driver.get(base + "/setup?token=journey-setup-token-0123456789");
            type(teacher, "Your name (as students see it)", "Ms Horvath");
            type(teacher, "Username", "horvath");
            type(teacher, "Password", "a long enough password");
            type(teacher, "Password again", "a long enough password");
            teacher.visible(text("vaadin-button", "Create the account")).click();
            teacher.visible(text("a", "Go to sign-in")).click();

            teacher.visible(By.cssSelector("vaadin-login-form input[name='username']")).sendKeys("horvath");
            teacher.driver.findElement(By.cssSelector("vaadin-login-form input[name='password']"))
                    .sendKeys("a long enough password", Keys.ENTER);
            teacher.visible(text("h1", "My classes"));
            type(teacher, "Class name", "10B History");
            teacher.visible(text("vaadin-button", "Make the class")).click();
            String code = teacher.visible(By.cssSelector(".resume-code")).getText();
            teacher.screenshot("teacher-1-class");

            // give the class a lesson, feedback after hand-in
            WebElement lesson = teacher.visible(By.xpath("//vaadin-select[.//label[normalize-space()='Lesson']]"));
            click(teacher, lesson.findElement(By.cssSelector("vaadin-select-value-button")));
            teacher.visible(By.xpath("//*[@opened]//vaadin-select-item[normalize-space()='Who said what? Reading a Kremlin working record']"))
                    .click();
            click(teacher, teacher.visible(text("vaadin-button", "Give this lesson to the class")));
            teacher.visible(text("h1", "Who said what? Reading a Kremlin working record"));
            String assignmentUrl = teacher.driver.getCurrentUrl();

            // a student joins in another browser and answers
            student.driver.get(base + "/join");
            student.visible(By.xpath("//vaadin-text-field[.//label[normalize-space()='Class code']]//input")).sendKeys(code);
            student.driver.findElement(By.xpath("//vaadin-text-field[.//label[normalize-space()='Your name']]//input"))
                    .sendKeys("Anna K.", Keys.ENTER);
            student.visible(text("vaadin-button", "Go to my work")).click();
            student.visible(By.cssSelector(".work-card a")).click();
            student.visible(By.xpath("//label[contains(@class, 'choice')][normalize-space()='Poland']")).click();
            student.wait.until(d -> d.findElement(By.cssSelector(".save-status")).getText().startsWith("Saved at"));

            // the teacher's page shows it without a reload
            teacher.wait.until(d -> d.findElements(By.xpath("//vaadin-grid-cell-content[normalize-space()='1 / 18']")).size() == 1);
            assertThat(teacher.driver.getCurrentUrl()).isEqualTo(assignmentUrl);
            teacher.screenshot("teacher-2-live-progress");

            // the student writes an open answer and hands in
            student.driver.get(student.driver.getCurrentUrl());
            click(student, student.visible(By.xpath("//nav[contains(@class, 'step-nav')]//button[normalize-space()='Who said it?']")));
            WebElement answer = student.visible(By.xpath("//vaadin-text-area//textarea"));
            answer.sendKeys("I chose Zhukov: in line 16 he speaks in favour of a firm line.");
            answer.sendKeys(Keys.TAB);
            student.wait.until(d -> d.findElements(By.cssSelector(".save-status")).stream().anyMatch(e -> e.getText().startsWith("Saved at")));
            click(student, student.visible(By.xpath("//nav[contains(@class, 'step-nav')]//button[normalize-space()='Hand in']")));
            click(student, student.visible(text("vaadin-button", "Hand in my work")));
            student.visible(By.xpath("//vaadin-button[normalize-space()='Hand in anyway' or (@slot='confirm-button' and normalize-space()='Hand in')]")).click();
            student.visible(By.cssSelector(".receipt"));

            // grading
            teacher.wait.until(d -> d.findElements(By.xpath("//vaadin-grid-cell-content[normalize-space()='Handed in']")).size() == 1);
            click(teacher, teacher.visible(By.xpath("//nav[contains(@class,'part-nav')]//a[normalize-space()='Grading']")));
            teacher.wait.until(d -> d.getCurrentUrl().endsWith("/grading"));
            // the browser's back button returns to the progress, which is an address of its own
            teacher.driver.navigate().back();
            teacher.visible(By.xpath("//vaadin-grid-cell-content[normalize-space()='Handed in']"));
            assertThat(teacher.driver.findElement(By.xpath("//nav[contains(@class,'part-nav')]//a[@aria-current='page']")).getText())
                    .isEqualTo("Progress");
            teacher.driver.navigate().forward();
            teacher.wait.until(d -> d.getCurrentUrl().endsWith("/grading"));
            click(teacher, teacher.visible(By.xpath("//vaadin-radio-button[.//label[starts-with(normalize-space(), 'Secure (3)')]]")));
            type(teacher, "Comment for Anna K. (optional)", "Exactly right, with the line number.");
            click(teacher, teacher.visible(By.xpath("//vaadin-button[@aria-label='Save the grade: Anna K.']")));
            teacher.visible(containing("span", "Grade saved."));
            click(teacher, teacher.visible(text("vaadin-button", "Release grades and comments to students")));
            teacher.visible(containing("p", "Released"));
            teacher.screenshot("teacher-3-graded");

            // the gradebook, at its plain address, with the teacher's session
            Cookie session = teacher.driver.manage().getCookieNamed("JSESSIONID");
            HttpResponse<byte[]> csv = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(assignmentUrl + "/gradebook.csv"))
                    .header("Cookie", "JSESSIONID=" + session.getValue()).build(), HttpResponse.BodyHandlers.ofByteArray());
            assertThat(csv.statusCode()).isEqualTo(200);
            assertThat(csv.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/csv"));
            assertThat(new String(csv.body(), StandardCharsets.UTF_8)).contains("\"Anna K.\"").contains("\"3\"");

            // the student sees the grade
            student.driver.get(base + "/my-work");
            student.visible(containing("span", "Graded"));
        }
    }
}
