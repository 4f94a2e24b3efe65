package org.healthjournal.pipeline.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.healthjournal.pipeline.e2e.support.Drafts;
import org.healthjournal.pipeline.testkit.HeadlessChromium;
import org.healthjournal.pipeline.e2e.support.LocalStackExtension;
import org.healthjournal.pipeline.e2e.support.PipelineClient;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** What a reader sees: the published page and the index, rendered by a real headless Chromium. */
@ExtendWith(LocalStackExtension.class)
class ArticlePageInBrowserIT {

    private static ChromeDriver browser;

    @BeforeAll
    static void startBrowser() {
        browser = HeadlessChromium.start();
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void readerSeesTheArticleWithItsCitationsSourcesReviewAndDisclaimer(PipelineClient pipeline) {
        String title = Drafts.uniqueTitle("Does omega-3 help low mood?");
        JsonNode article = pipeline.submitAndApprove("alice", "drbob", Drafts.sample(title));

        browser.get(pipeline.stack().publisherUrl() + "/");
        HeadlessChromium.clickAndAwaitNextPage(browser, browser.findElement(By.linkText(title)));

        assertThat(browser.getCurrentUrl()).isEqualTo(article.path("url").asText());
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo(title);
        assertThat(browser.findElements(By.cssSelector("article h2"))).isNotEmpty();
        String page = browser.findElement(By.tagName("body")).getText();
        assertThat(page).contains("Key takeaway", "Sources", "Medically reviewed by Dr Bob Rivera, MD, haematologist", "min read",
                "not medical advice");

        WebElement citation = browser.findElement(By.cssSelector("a[href='#ref-1']"));
        assertThat(citation.getText()).isEqualTo("[1]");
        citation.click();
        assertThat(browser.getCurrentUrl()).endsWith("#ref-1");
        assertThat(browser.findElement(By.id("ref-1")).isDisplayed()).isTrue();
    }

    @Test
    void scriptAWriterTypedNeverRunsInTheReadersBrowser(PipelineClient pipeline) {
        String title = Drafts.uniqueTitle("Is <script>window.pwned='title'</script> safe?");
        ObjectNode draft = Drafts.sample(title);
        draft.put("dek", "<img src=x onerror=\"window.pwned='dek'\"> A dek.");
        draft.put("body", draft.path("body").asText()
                + "\n\n<script>window.pwned='body'; alert('body')</script>\n\n"
                + "<img src=x onerror=\"window.pwned='img'; alert('img')\">\n\n"
                + "[a link](javascript:window.pwned='link')\n");
        JsonNode article = pipeline.submitAndApprove("alice", "drbob", draft);

        browser.get(article.path("url").asText());
        browser.findElements(By.tagName("a")).stream()
                .filter(link -> "a link".equals(link.getText()))
                .forEach(WebElement::click);

        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo(title);
        assertThat(((JavascriptExecutor) browser).executeScript("return window.pwned === undefined ? null : window.pwned"))
                .isNull();
        assertThatThrownBy(() -> browser.switchTo().alert()).isInstanceOf(NoAlertPresentException.class);
        assertThat(browser.findElements(By.cssSelector("script:not([type='application/ld+json']), img[onerror], [onerror], a[href^='javascript']")))
                .isEmpty();
    }
}
