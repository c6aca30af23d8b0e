package org.workingrecord.lesson.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/** A student opens the reader in a real browser, finds Zhukov's turn and opens a glossary explanation. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class ReaderIT {

    @LocalServerPort
    int port;

    private ChromeDriver driver;
    private WebDriverWait wait;

    @BeforeEach
    void startBrowser() throws Exception {
        Path chromium = Path.of("/usr/bin/chromium");
        Path chromedriver = Path.of("/usr/bin/chromedriver");
        assertThat(Files.isExecutable(chromium) && Files.isExecutable(chromedriver))
                .as("Chromium is needed for browser tests: apt-get install -y chromium chromium-driver").isTrue();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(chromium.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--window-size=1280,900", "--user-data-dir=" + Files.createTempDirectory("chromium-profile"));
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(chromedriver.toFile())
                .usingAnyFreePort().build();
        driver = new ChromeDriver(service, options);
        wait = new WebDriverWait(driver, Duration.ofSeconds(30));
    }

    @AfterEach
    void stopBrowser() {
        if (driver != null) {
            driver.quit();
        }
    }

    @Test
    void readTheRecordFindZhukovAndOpenAGlossaryTerm() {
        driver.get("http://localhost:" + port + "/lessons/who-said-what/source");

        WebElement zhukov = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[data-speaker='Zhukov']")));
        assertThat(zhukov.getText()).contains("Zhukov").contains("he incites capitulation");
        assertThat(driver.getTitle()).isEqualTo("The source: Who said what? Reading a Kremlin working record – Working Record");

        WebElement term = zhukov.findElement(By.xpath(".//span[contains(@class,'term') and normalize-space()='capitulation']"));
        term.click();
        WebElement explanation = wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.xpath("//*[contains(@class,'explain-body') and contains(., 'Surrender.')]")));
        assertThat(explanation.getText()).contains("capitulation").contains("Surrender.");

        // by keyboard alone: Escape closes it, focusing a speaker's name opens who they were
        term.sendKeys(Keys.ESCAPE);
        wait.until(ExpectedConditions.invisibilityOf(explanation));
        WebElement chip = zhukov.findElement(By.cssSelector(".speaker-chip"));
        driver.executeScript("arguments[0].focus()", chip);
        chip.sendKeys(Keys.ENTER);
        wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.xpath("//*[contains(@class,'explain-body') and contains(., 'Minister of Defence')]")));
    }
}
