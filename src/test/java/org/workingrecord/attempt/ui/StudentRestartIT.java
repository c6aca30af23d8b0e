package org.workingrecord.attempt.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.workingrecord.support.Browser.text;

import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.workingrecord.grading.Answer;
import org.workingrecord.Application;
import org.workingrecord.attempt.AttemptService;
import org.workingrecord.classroom.AssignmentInfo;
import org.workingrecord.classroom.ClassInfo;
import org.workingrecord.classroom.ClassroomService;
import org.workingrecord.classroom.FeedbackMode;
import org.workingrecord.classroom.StudentInfo;
import org.workingrecord.classroom.StudentRef;
import org.workingrecord.support.Browser;

/**
 * A student is writing when the server goes down and comes back on the same database: what they
 * typed meanwhile is saved, and they are back in their own work at the same step, without the
 * join page and without their resume code.
 */
class StudentRestartIT {

    @TempDir
    Path data;

    private int port;

    private ConfigurableApplicationContext start() {
        return new SpringApplicationBuilder(Application.class)
                .properties("spring.main.banner-mode=off")
                // as command-line arguments: they win over application.properties (default properties do not)
                .run("--workingrecord.data-dir=" + data.toAbsolutePath(), "--server.port=" + port);
    }

    @Test
    void textTypedWhileTheServerIsDownIsSavedAndTheStudentIsBackAtTheSameStep() throws Exception {
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        String base = "http://localhost:" + port;
        ConfigurableApplicationContext server = start();
        ClassInfo c;
        AssignmentInfo a;
        try (Browser b = new Browser("1280,900")) {
            try {
                ClassroomService classroom = server.getBean(ClassroomService.class);
                c = classroom.createClass(900_001L, "10B");
                a = classroom.assign(900_001L, c.id(), "who-said-what", null, FeedbackMode.AFTER_SUBMISSION, List.of());

                b.driver.get(base + "/join");
                b.visible(By.xpath("//vaadin-text-field[.//label[normalize-space()='Class code']]//input")).sendKeys(c.joinCode());
                b.driver.findElement(By.xpath("//vaadin-text-field[.//label[normalize-space()='Your name']]//input"))
                        .sendKeys("Anna K.", Keys.ENTER);
                b.visible(By.cssSelector(".resume-code"));
                // the re-entry token is in a cookie no script on the page can read
                b.wait.until(d -> d.manage().getCookieNamed("wr-student") != null);
                Cookie reentry = b.driver.manage().getCookieNamed("wr-student");
                assertThat(reentry.isHttpOnly()).isTrue();
                assertThat(reentry.getSameSite()).isEqualTo("Strict");
                assertThat((String) b.driver.executeScript("return document.cookie")).doesNotContain("wr-student");
                b.driver.get(base + "/work/" + a.id());
                // the second step, with the written question
                b.visible(By.xpath("(//nav[contains(@class,'step-nav')]//button)[2]")).click();
                WebElement area = b.visible(By.xpath("//vaadin-text-area//textarea"));
                area.sendKeys("Zhukov wanted a firm line.");
                area.sendKeys(Keys.TAB);
                b.wait.until(d -> d.findElements(By.cssSelector(".save-status")).stream()
                        .anyMatch(e -> e.getText().startsWith("Saved at")));
                String step = b.driver.findElement(By.cssSelector(".step-nav button[aria-current='step']")).getText();

                // marks this page, so the wait below knows the reloaded page from this one (which still says "Saved at")
                b.driver.executeScript("window.__wrBeforeRestart = true");
                server.close();
                // the server is gone: the student goes on writing
                area.sendKeys(" He says so in line 16.");
                area.sendKeys(Keys.TAB);
                Thread.sleep(500);

                server = start();
                // Vaadin's client finds its session gone and reloads the page: the student must be back, not on /join
                b.wait.withTimeout(Duration.ofSeconds(90)).until(d -> {
                    try {
                        if (Boolean.TRUE.equals(b.driver.executeScript("return window.__wrBeforeRestart === true"))) {
                            return false;
                        }
                        List<WebElement> areas = d.findElements(By.xpath("//vaadin-text-area//textarea"));
                        return !areas.isEmpty() && areas.get(0).getDomProperty("value").contains("line 16.")
                                && d.findElements(By.cssSelector(".save-status")).stream().anyMatch(e -> e.getText().startsWith("Saved at"))
                                && !d.getCurrentUrl().contains("/join");
                    } catch (WebDriverException reloading) {
                        // the page is being replaced under us (stale element, no document yet): look again
                        return false;
                    }
                });
                assertThat(b.driver.getCurrentUrl()).endsWith("/work/" + a.id());
                assertThat(b.visible(By.cssSelector(".step-nav button[aria-current='step']")).getText())
                        .as("back at the same step").isEqualTo(step);
                b.visible(text("vaadin-button", "Not you? Sign out"));
                b.screenshot("student-restart-back-in");

                ClassroomService classroom2 = server.getBean(ClassroomService.class);
                StudentInfo anna = classroom2.roster(900_001L, c.id()).get(0);
                StudentRef ref = classroom2.current(anna.id()).orElseThrow();
                AttemptService attempts = server.getBean(AttemptService.class);
                // the page restores the kept text and saves it: one more round trip after it is shown
                String expected = "Zhukov wanted a firm line. He says so in line 16.";
                long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
                String stored = "";
                while (System.nanoTime() < deadline && !(stored = attempts.open(ref, a.id()).answers()
                        .get("quiz/open-one-speaker").value() instanceof Answer.Open o ? o.text() : "").equals(expected)) {
                    Thread.sleep(200);
                }
                assertThat(stored).isEqualTo(expected);

                // shared laptops: signing out ends the way back in
                b.visible(text("vaadin-button", "Not you? Sign out")).click();
                b.visible(By.xpath("//vaadin-text-field[.//label[normalize-space()='Class code']]"));
                assertThat(b.driver.manage().getCookieNamed("wr-student")).as("signing out removes the re-entry cookie").isNull();
                b.driver.get(base + "/work/" + a.id());
                b.wait.until(d -> d.getCurrentUrl().contains("/join"));
            } catch (Throwable failed) {
                b.screenshot("failure-student-restart");
                throw failed;
            } finally {
                server.close();
            }
        }
    }
}
