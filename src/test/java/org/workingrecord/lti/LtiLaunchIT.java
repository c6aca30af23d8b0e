package org.workingrecord.lti;

import static org.assertj.core.api.Assertions.assertThat;
import static org.workingrecord.support.Browser.containing;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.workingrecord.account.TeacherInfo;
import org.workingrecord.account.TeacherSeeding;
import org.workingrecord.support.Browser;
import org.workingrecord.support.Administrators;

/**
 * In Chromium, as a platform launches: the course page's form starts the login at the tool, the tool sends the browser
 * to the platform's login endpoint, whose page posts the signed launch back by itself. The instructor lands on the
 * assignment the link names; a learner, in another browser, on the lesson itself, without any code.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class LtiLaunchIT {

    @LocalServerPort
    int port;

    @Autowired
    LtiPlatforms platforms;

    @Autowired
    TeacherSeeding seeding;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void anInstructorAndThenALearnerLaunchFromTheirCourse() throws Exception {
        String base = "http://localhost:" + port;
        try (SimulatedPlatform platform = new SimulatedPlatform()) {
            TeacherInfo admin = Administrators.seed(seeding, jdbc, "lti.it.admin", "Admin");
            platform.registerWith(platforms, admin.id(), "Simulated Moodle", platform.authUrl(), SimulatedPlatform.DEPLOYMENT);
            String course = platform.issuer() + "/course?tool=" + URLEncoder.encode(base, StandardCharsets.UTF_8);

            platform.nextLaunch(nonce -> platform.launch(nonce, "teacher-7", SimulatedPlatform.INSTRUCTOR, "Katalin", "Nemes",
                    "course-10b", "link-1", Map.of("lesson", "who-said-what")));
            try (Browser teacher = new Browser("1366,1000")) {
                teacher.driver.get(course);
                teacher.wait.until(d -> d.getCurrentUrl().matches(".*/teach/assignments/\\d+$"));
                teacher.visible(containing("h1", "Who said what?"));
                teacher.screenshot("lti-instructor-launch");
            }

            // deep linking: the teacher picks a lesson on the tool's page; it goes back to the platform, signed
            platform.trustTool(base + "/lti/jwks");
            platform.nextLaunch(nonce -> platform.deepLinking(platform.launch(nonce, "teacher-7", SimulatedPlatform.INSTRUCTOR, "Katalin",
                    "Nemes", "course-10b", "unused", Map.of())));
            try (Browser teacher = new Browser("1366,1000")) {
                teacher.driver.get(course);
                teacher.visible(containing("h1", "Add a lesson to your course"));
                var select = teacher.visible(By.cssSelector("vaadin-select"));
                ((JavascriptExecutor) teacher.driver).executeScript("arguments[0].scrollIntoView()", select);
                teacher.visible(By.cssSelector("vaadin-select vaadin-select-value-button")).click();
                teacher.visible(By.xpath("//vaadin-select-item[contains(normalize-space(), 'Hard line or soft line')]")).click();
                teacher.screenshot("lti-deep-link-choose");
                teacher.visible(containing("vaadin-button", "Add it to the course")).click();
                teacher.visible(containing("h1", "Activity added"));
            }
            assertThat(platform.deepLinks).hasSize(1);
            assertThat(platform.deepLinks.getFirst().getClaim(LaunchCheck.DEEP_LINKING + "content_items").toString())
                    .contains("hard-or-soft-line");

            platform.nextLaunch(nonce -> platform.launch(nonce, "student-12", SimulatedPlatform.LEARNER, "Anna", "Kovács",
                    "course-10b", "link-1", Map.of()));
            try (Browser student = new Browser("412,915")) {
                student.driver.get(course);
                student.wait.until(d -> d.getCurrentUrl().matches(".*/work/\\d+$"));
                student.visible(By.cssSelector(".speaker-card h2"));
                assertThat(student.driver.getPageSource()).contains("Anna K.");
                student.screenshot("lti-learner-launch");
            }
        }
    }

    /**
     * Inside the platform's page, on another site (127.0.0.1 against the tool's localhost): the launch's session cookie
     * is kept for that frame, the page checks it and goes on to the assignment, in the frame.
     */
    @Test
    void anInstructorLaunchesInsideThePlatformsPage() throws Exception {
        String base = "http://localhost:" + port;
        try (SimulatedPlatform platform = new SimulatedPlatform()) {
            TeacherInfo admin = Administrators.seed(seeding, jdbc, "lti.frame.admin", "Admin");
            String otherSite = platform.issuer().replace("localhost", "127.0.0.1");
            platform.registerWith(platforms, admin.id(), "Framing Moodle", otherSite + "/auth", SimulatedPlatform.DEPLOYMENT);
            platform.nextLaunch(nonce -> platform.launch(nonce, "teacher-9", SimulatedPlatform.INSTRUCTOR, "Dóra", "Papp",
                    "course-11c", "link-9", Map.of("lesson", "who-said-what")));
            try (Browser teacher = new Browser("1366,1100")) {
                teacher.driver.get(otherSite + "/framed?tool=" + URLEncoder.encode(base, StandardCharsets.UTF_8));
                teacher.driver.switchTo().frame(teacher.visible(By.cssSelector("iframe")));
                teacher.visible(containing("h1", "Who said what?"));
                assertThat((String) ((JavascriptExecutor) teacher.driver).executeScript("return location.href"))
                        .matches(".*/teach/assignments/\\d+$");
                teacher.driver.switchTo().defaultContent();
                teacher.screenshot("lti-framed-launch");
            }
        }
    }
}
