package org.healthjournal.pipeline.ingest.pages;

import org.healthjournal.pipeline.testkit.PipelineTestProperties;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.io.File;
import java.nio.file.Files;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** A writer's day in a real headless Chromium: sign in, check, submit, see the draft listed. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "pipeline.security.users[0].name=alice",
        "pipeline.security.users[0].password={noop}alice-pw",
        "pipeline.security.users[0].roles=WRITER",
        "pipeline.inbox.enabled=false",
})
class DraftPagesInBrowserIT {

    @LocalServerPort
    int port;

    private ChromeDriver browser;

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        PipelineTestProperties.kafka(registry);
        PipelineTestProperties.database(registry, "ingest-pages");
    }

    @BeforeEach
    void startBrowser() throws Exception {
        ChromeOptions options = new ChromeOptions();
        // the flags that work on this machine (see e2e's HeadlessChromium)
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--window-size=412,915",
                "--user-data-dir=" + Files.createTempDirectory("ingest-chromium-"));
        String binary = System.getenv().getOrDefault("CHROME_BINARY", "/usr/bin/chromium");
        options.setBinary(binary);
        String driver = System.getenv().getOrDefault("CHROMEDRIVER", "/usr/bin/chromedriver");
        browser = new ChromeDriver(new ChromeDriverService.Builder().usingDriverExecutable(new File(driver))
                .usingAnyFreePort().build(), options);
        browser.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
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

    @Test
    void aliceSignsInChecksSubmitsAndSeesHerDraftListedWithoutRunningAScriptSheTyped() {
        browser.get(url("/drafts"));
        assertThat(browser.getCurrentUrl()).endsWith("/login");
        browser.findElement(By.id("username")).sendKeys("alice");
        browser.findElement(By.id("password")).sendKeys("alice-pw");
        browser.findElement(By.cssSelector("button[type=submit]")).click();
        assertThat(browser.getCurrentUrl()).contains("/drafts");

        browser.get(url("/drafts/new"));
        String title = "Is <script>window.pwned='title'</script> zinc safe?";
        browser.findElement(By.id("title")).sendKeys(title);
        browser.findElement(By.id("dek")).sendKeys("Small trials disagree.");
        new Select(browser.findElement(By.id("category"))).selectByVisibleText("Immune Health");
        browser.findElement(By.id("body")).sendKeys("Lozenges may help a little [1].\n\n"
                + "<script>window.pwned='body'</script>\n\n<img src=x onerror=\"window.pwned='img'\">");
        browser.findElement(By.name("refTitle")).sendKeys("Zinc for the common cold");
        browser.findElement(By.name("refUrl")).sendKeys("https://doi.org/10.1002/14651858");
        browser.findElement(By.name("refYear")).sendKeys("2013");

        browser.findElement(By.id("check")).click();
        assertThat(browser.findElements(By.id("errors"))).isEmpty();
        assertThat(browser.findElement(By.id("findings")).getText()).contains("words");
        assertThat(browser.findElement(By.id("preview")).getText()).contains("Lozenges may help");

        browser.findElement(By.id("submit")).click();
        await().atMost(Duration.ofSeconds(10)).until(() -> browser.getCurrentUrl().contains("submitted"));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo(title);

        browser.get(url("/drafts"));
        String list = browser.findElement(By.id("drafts")).getText();
        assertThat(list).contains(title).contains("SUBMITTED");
        assertThat(browser.executeScript("return window.pwned === undefined")).isEqualTo(true);
    }
}
