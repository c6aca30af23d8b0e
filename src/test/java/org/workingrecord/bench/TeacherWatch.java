package org.workingrecord.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.Keys;
import org.workingrecord.support.Browser;

/**
 * The demo teacher's assignment page, open in a real Chromium while a simulated class answers:
 * the page itself notes (every 50 ms, with the browser's clock) when each student's "answered"
 * count changes in the progress grid. Written as {@code name, answered, epoch ms} for {@link PushDelay}.
 *
 * <p>Usage: {@code TeacherWatch BASE_URL DEMO_PASSWORD SECONDS OUT_FILE [ASSIGNMENT_ID=1]}.
 */
public final class TeacherWatch {

    public static void main(String[] args) throws Exception {
        String base = args[0].endsWith("/") ? args[0] : args[0] + "/";
        String password = args[1];
        int seconds = Integer.parseInt(args[2]);
        Path out = Path.of(args[3]);
        String assignment = args.length > 4 ? args[4] : "1";
        try (Browser teacher = new Browser("1366,900")) {
            teacher.driver.get(base + "login");
            teacher.visible(By.cssSelector("vaadin-login-form input[name='username']")).sendKeys("demo");
            teacher.driver.findElement(By.cssSelector("vaadin-login-form input[name='password']")).sendKeys(password, Keys.ENTER);
            teacher.visible(By.tagName("h1"));
            // behind the load balancer: the server this teacher's session is on (its sticky cookie)
            Cookie node = teacher.driver.manage().getCookieNamed(ClassLoad.NODE_COOKIE);
            System.out.println("teacher signed in, at " + teacher.driver.getCurrentUrl() + ", on server " + (node == null ? "-" : node.getValue()));
            Files.writeString(Path.of(out + ".node"), node == null ? "-" : node.getValue());
            teacher.driver.get(base + "teach/assignments/" + assignment);
            teacher.visible(By.cssSelector("vaadin-grid"));
            // columns: student, status, answered (as "n / total"), ...
            teacher.driver.executeScript("""
                    window.__wrLog = [];
                    const seen = {};
                    setInterval(() => {
                      const grid = document.querySelector('vaadin-grid');
                      const items = grid && grid._dataProviderController && grid._dataProviderController.rootCache.items || [];
                      for (const item of items) {
                        if (!item) continue;
                        const name = item.col0, answered = parseInt(String(item.col2 || '0'), 10);
                        if (name && seen[name] !== answered) {
                          seen[name] = answered;
                          window.__wrLog.push([name, answered, Date.now()]);
                        }
                      }
                    }, 50);
                    """);
            System.out.println("teacher page open at " + System.currentTimeMillis());
            Thread.sleep(seconds * 1000L);
            @SuppressWarnings("unchecked")
            List<List<Object>> log = (List<List<Object>>) teacher.driver.executeScript("return window.__wrLog");
            List<String> lines = new ArrayList<>();
            for (List<Object> e : log) {
                lines.add(e.get(0) + "\t" + e.get(1) + "\t" + e.get(2));
            }
            Files.write(out, lines);
            teacher.screenshot("bench-teacher-page");
            System.out.println("teacher page saw " + lines.size() + " changes");
        }
    }

    private TeacherWatch() {
    }
}
