package org.workingrecord.lesson.ui;

import static org.assertj.core.api.Assertions.assertThat;


import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.workingrecord.support.Browser;

/** A student opens the reader in a real browser, finds Zhukov's turn and opens a glossary explanation. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class ReaderIT {

    @LocalServerPort
    int port;

    private Browser browser;

    @BeforeEach
    void startBrowser() throws Exception {
        browser = new Browser("1280,900");
    }

    @AfterEach
    void stopBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void readTheRecordFindZhukovAndOpenAGlossaryTerm() throws Exception {
        browser.driver.get("http://localhost:" + port + "/lessons/who-said-what/source");

        WebElement zhukov = browser.wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[data-speaker='Zhukov']")));
        assertThat(zhukov.getText()).contains("Zhukov").contains("he incites capitulation");
        assertThat(browser.driver.getTitle()).isEqualTo("The source: Who said what? Reading a Kremlin working record – Working Record");

        WebElement term = zhukov.findElement(By.xpath(".//span[contains(@class,'term') and normalize-space()='capitulation']"));
        term.click();
        WebElement explanation = browser.wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.xpath("//*[contains(@class,'explain-body') and contains(., 'Surrender.')]")));
        assertThat(explanation.getText()).contains("capitulation").contains("Surrender.");

        // by keyboard alone: Escape closes it, focusing a speaker's name opens who they were
        term.sendKeys(Keys.ESCAPE);
        browser.wait.until(ExpectedConditions.invisibilityOf(explanation));
        WebElement chip = zhukov.findElement(By.cssSelector(".speaker-chip"));
        browser.driver.executeScript("arguments[0].focus()", chip);
        chip.sendKeys(Keys.ENTER);
        browser.wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.xpath("//*[contains(@class,'explain-body') and contains(., 'Minister of Defence')]")));
        browser.screenshot("reader-speaker-card");
    }
}
