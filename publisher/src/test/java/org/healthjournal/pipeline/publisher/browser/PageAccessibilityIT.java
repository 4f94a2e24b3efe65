package org.healthjournal.pipeline.publisher.browser;

import org.healthjournal.pipeline.testkit.HeadlessChromium;
import org.healthjournal.pipeline.events.ArticlePublished;
import org.healthjournal.pipeline.events.ArticleRetracted;
import org.healthjournal.pipeline.events.ArticleUpdated;
import org.healthjournal.pipeline.publisher.PublisherIntegrationTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.healthjournal.pipeline.publisher.Approvals.approved;
import static org.healthjournal.pipeline.publisher.Approvals.newArticleId;
import static org.healthjournal.pipeline.publisher.Approvals.revised;

/** Every kind of page, in headless Chromium at a phone's width, checked by axe-core: no violations. */
class PageAccessibilityIT extends PublisherIntegrationTest {

    private static final Logger log = LoggerFactory.getLogger(PageAccessibilityIT.class);
    private static ChromeDriver browser;

    @LocalServerPort
    int port;

    @BeforeAll
    static void startBrowser() {
        browser = HeadlessChromium.start(390, 844);
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void everyKindOfPageHasNoAccessibilityViolations() throws Exception {
        String articleId = newArticleId();
        sendReview(approved(articleId, "Can honey ease a child's night-time cough?", "Immune Health",
                List.of("honey", "cough")));
        ArticlePublished published = awaitPublished(articleId, 1);
        sendReview(approved(articleId, 2, revised(approved(articleId, 1, "Can honey ease a child's night-time cough?")
                .content(), "Can honey ease a child's night-time cough?", "Added the 2026 trial.", null)));
        awaitAnnounced(ArticleUpdated.class, articleId, 2);
        String retractedId = newArticleId();
        sendReview(approved(retractedId, 1, "Does garlic cure the flu?"));
        ArticlePublished retracted = awaitPublished(retractedId, 1);
        awaitHandled(sendReview(new ArticleRetracted(UUID.randomUUID(), null, 0, retractedId, 1, Instant.now(),
                "corr", "wanda", "dr-rivera", "Its main source was withdrawn.", Instant.now())));

        Map<String, List<String>> violations = new LinkedHashMap<>();
        String axeVersion = null;
        for (String path : List.of(pathOf(published), pathOf(retracted), "/", "/categories/immune-health", "/tags/honey",
                "/authors/wanda", "/no-such-page", "/search?q=honey", "/search?q=nothing-matches-this", "/search")) {
            browser.get("http://localhost:" + port + path);
            violations.put(path, Axe.violationsOn(browser));
            axeVersion = Axe.version(browser);
        }
        screenshot("article-on-a-phone", pathOf(published));
        screenshot("search-on-a-phone", "/search?q=honey+cough");
        screenshot("not-found-on-a-phone", "/no-such-page");
        screenshot("retracted-on-a-phone", pathOf(retracted));

        log.info("axe-core {}: {} pages, {} violations {}", axeVersion, violations.size(),
                violations.values().stream().mapToInt(List::size).sum(), violations);
        violations.forEach((path, found) -> assertThat(found).as(path).isEmpty());
    }

    /** Leaves a picture of the page in target/ for a person to look at. */
    private void screenshot(String name, String path) throws Exception {
        browser.get("http://localhost:" + port + path);
        Path file = browser.getScreenshotAs(OutputType.FILE).toPath();
        Files.createDirectories(Path.of("target", "screenshots"));
        Files.copy(file, Path.of("target", "screenshots", name + ".png"), StandardCopyOption.REPLACE_EXISTING);
    }
}
