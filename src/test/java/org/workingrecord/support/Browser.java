package org.workingrecord.support;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Headless Chromium for the real-browser tests: the installed one with its driver when there is one
 * (set up so it never reaches for the network), else the Chrome for Testing that Selenium Manager
 * fetches, as on any developer's machine.
 */
public final class Browser implements AutoCloseable {

    public final ChromeDriver driver;
    public final WebDriverWait wait;

    public Browser(String windowSize) throws IOException {
        ChromeOptions options = new ChromeOptions();
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--window-size=" + windowSize, "--user-data-dir=" + Files.createTempDirectory("chromium-profile"));
        Optional<Path> chromium = Tools.find(List.of("chromium", "chromium-browser", "google-chrome", "google-chrome-stable"));
        Optional<Path> chromedriver = Tools.find(List.of("chromedriver"), "/usr/lib/chromium/chromedriver");
        if (chromium.isPresent() && chromedriver.isPresent()) {
            // the installed browser and its driver (Debian's chromium and chromium-driver; what CI uses)
            options.setBinary(chromium.get().toFile());
            ChromeDriverService service = new ChromeDriverService.Builder()
                    .usingDriverExecutable(chromedriver.get().toFile()).usingAnyFreePort().build();
            driver = new ChromeDriver(service, options);
        } else if (Tools.inCi()) {
            throw new AssertionError("CI installs Chromium and its driver (.ci/run), but they were not found: chromium "
                    + chromium.map(Path::toString).orElse("missing") + ", chromedriver "
                    + chromedriver.map(Path::toString).orElse("missing"));
        } else {
            // a developer's machine without them: Selenium Manager downloads Chrome for Testing and its driver
            driver = new ChromeDriver(options);
        }
        wait = new WebDriverWait(driver, Duration.ofSeconds(30));
    }

    public WebElement visible(By by) {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(by));
    }

    public static By text(String tag, String text) {
        return By.xpath("//" + tag + "[normalize-space()=" + literal(text) + "]");
    }

    public static By containing(String tag, String text) {
        return By.xpath("//" + tag + "[contains(normalize-space(), " + literal(text) + ")]");
    }

    private static String literal(String s) {
        return s.contains("'") ? "\"" + s + "\"" : "'" + s + "'";
    }

    /** Saves what the browser shows, for a person to look at: target/screenshots/NAME.png. */
    public void screenshot(String name) throws IOException {
        Path dir = Files.createDirectories(Path.of("target/screenshots"));
        Files.write(dir.resolve(name + ".png"), driver.getScreenshotAs(OutputType.BYTES));
    }

    @Override
    public void close() {
        driver.quit();
    }
}
