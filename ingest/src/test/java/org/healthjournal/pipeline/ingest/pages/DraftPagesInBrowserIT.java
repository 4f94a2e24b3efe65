package org.healthjournal.pipeline.ingest.pages;

import org.healthjournal.pipeline.events.ChangesRequested;
import org.healthjournal.pipeline.events.DraftSubmitted;
import org.healthjournal.pipeline.events.EventCodec;
import org.healthjournal.pipeline.ingest.IngestIntegrationTest;
import org.healthjournal.pipeline.testkit.HeadlessChromium;
import org.healthjournal.pipeline.testkit.TestTopics;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.io.File;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** A writer's day in a real headless Chromium, on a phone-sized window: sign in, check, submit, revise. */
class DraftPagesInBrowserIT extends IngestIntegrationTest {

    @LocalServerPort
    int port;

    private ChromeDriver browser;

    @BeforeEach
    void startBrowser() {
        browser = HeadlessChromium.start(HeadlessChromium.PHONE_WIDTH, HeadlessChromium.PHONE_HEIGHT);
    }

    @AfterEach
    void stopBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    private void signInAs(String user) {
        browser.get(url("/drafts"));
        assertThat(browser.getCurrentUrl()).endsWith("/login");
        browser.findElement(By.id("username")).sendKeys(user);
        browser.findElement(By.id("password")).sendKeys(user + "-pw");
        HeadlessChromium.clickAndAwaitNextPage(browser, browser.findElement(By.cssSelector("button[type=submit]")));
        assertThat(browser.getCurrentUrl()).contains("/drafts");
    }

    private static void replace(WebElement input, String text) {
        input.clear();
        input.sendKeys(text);
    }

    @Test
    void aliceSignsInChecksSubmitsSeesHerDraftListedAndRevisesItWithoutRunningAScriptSheTyped() {
        signInAs("alice");
        browser.get(url("/drafts/new"));
        String title = "Is <script>window.pwned='title'</script> zinc safe? " + UUID.randomUUID();
        browser.findElement(By.id("title")).sendKeys(title);
        browser.findElement(By.id("dek")).sendKeys("Small trials disagree.");
        new Select(browser.findElement(By.id("category"))).selectByVisibleText("Immune Health");
        browser.findElement(By.id("body")).sendKeys("Lozenges may help a little [1].\n\n"
                + "<script>window.pwned='body'</script>\n\n<img src=x onerror=\"window.pwned='img'\">");
        browser.findElement(By.name("refTitle")).sendKeys("Zinc for the common cold");
        browser.findElement(By.name("refUrl")).sendKeys("https://doi.org/10.1002/14651858");
        browser.findElement(By.name("refYear")).sendKeys("2013");

        HeadlessChromium.clickAndAwaitNextPage(browser, browser.findElement(By.id("check")));
        assertThat(browser.findElements(By.id("errors"))).isEmpty();
        assertThat(browser.findElement(By.id("findings")).getText()).contains("words");
        assertThat(browser.findElement(By.id("preview")).getText()).contains("Lozenges may help");

        HeadlessChromium.clickAndAwaitNextPage(browser, browser.findElement(By.id("submit")));
        await().atMost(Duration.ofSeconds(10)).until(() -> browser.getCurrentUrl().contains("submitted"));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo(title);
        String articleId = browser.getCurrentUrl().replaceAll(".*/drafts/([^?]+).*", "$1");

        browser.get(url("/drafts"));
        String list = browser.findElement(By.id("drafts")).getText();
        assertThat(list).contains(title).contains("SUBMITTED");
        assertThat(browser.executeScript("return window.pwned === undefined")).isEqualTo(true);

        // the medical reviewer asks for changes (as review-workflow would, through the real broker)
        DraftSubmitted submitted = (DraftSubmitted) EventCodec.fromJson(
                TestTopics.recordsWithKey(pipeline.getTopics().getDrafts(), articleId, 1).get(0).value()).orElseThrow();
        TestTopics.send(pipeline.getTopics().getReviews(), new ChangesRequested(UUID.randomUUID(), null, 0, articleId,
                1, Instant.now(), submitted.correlationId(), "alice", "drbob", "Say how strong the evidence is."));
        await().atMost(Duration.ofSeconds(20)).until(() -> {
            browser.get(url("/drafts/" + articleId));
            return !browser.findElements(By.id("revise")).isEmpty();
        });
        assertThat(browser.findElement(By.id("history")).getText())
                .contains("CHANGES_REQUESTED").contains("drbob").contains("Say how strong the evidence is.");

        HeadlessChromium.clickAndAwaitNextPage(browser, browser.findElement(By.id("revise")));
        assertThat(browser.findElement(By.id("reviewer-comments")).getText()).contains("Say how strong");
        replace(browser.findElement(By.id("body")), "Two small trials found lozenges may help a little [1].");
        HeadlessChromium.clickAndAwaitNextPage(browser, browser.findElement(By.id("submit")));
        await().atMost(Duration.ofSeconds(10)).until(() -> browser.getCurrentUrl().contains("submitted"));
        assertThat(browser.findElement(By.cssSelector(".meta")).getText()).contains("SUBMITTED").contains("version 2");
        assertThat(browser.executeScript("return window.pwned === undefined")).isEqualTo(true);
    }
}
