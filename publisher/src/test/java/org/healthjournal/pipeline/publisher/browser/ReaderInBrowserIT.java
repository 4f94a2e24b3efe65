package org.healthjournal.pipeline.publisher.browser;

import org.healthjournal.pipeline.testkit.HeadlessChromium;
import org.healthjournal.pipeline.events.ArticleContent;
import org.healthjournal.pipeline.events.ArticlePublished;
import org.healthjournal.pipeline.events.Reference;
import org.healthjournal.pipeline.publisher.PublisherIntegrationTest;
import org.healthjournal.pipeline.publisher.articles.SiteSlugs;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.healthjournal.pipeline.publisher.Approvals.approved;
import static org.healthjournal.pipeline.publisher.Approvals.newArticleId;

/** What a reader does in a real (headless) Chromium: browse, follow links, search. */
class ReaderInBrowserIT extends PublisherIntegrationTest {

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
    void readerOpensAnArticleFollowsItsCategoryAndFindsItBySearch() {
        String word = uniqueWord();
        String category = "Respiratory " + word;
        String title = "Does " + word + " ease a sore throat?";
        String articleId = newArticleId();
        sendReview(approved(articleId, title, category, List.of("sore throat")));
        ArticlePublished published = awaitPublished(articleId, 1);

        browser.get(site("/"));
        HeadlessChromium.clickAndAwaitNextPage(browser, browser.findElement(By.linkText(title)));
        assertThat(browser.getCurrentUrl()).isEqualTo(site(pathOf(published)));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo(title);
        assertThat(browser.findElement(By.cssSelector("footer.review")).getText())
                .contains("Medically reviewed by Dr Bob Rivera, MD, haematologist");

        HeadlessChromium.clickAndAwaitNextPage(browser, browser.findElement(By.linkText(category.toUpperCase())));
        assertThat(browser.getCurrentUrl()).isEqualTo(site("/categories/" + SiteSlugs.of(category)));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo(category);
        assertThat(browser.findElement(By.linkText(title)).isDisplayed()).isTrue();

        browser.findElement(By.id("site-search")).sendKeys(word);
        HeadlessChromium.clickAndAwaitNextPage(browser, browser.findElement(By.cssSelector("header form[role=search] button")));
        assertThat(browser.getCurrentUrl()).startsWith(site("/search?q="));
        assertThat(browser.findElement(By.cssSelector(".results h2 mark")).getText()).isEqualToIgnoringCase(word);
        HeadlessChromium.clickAndAwaitNextPage(browser, browser.findElement(By.cssSelector(".results h2 a")));
        assertThat(browser.getCurrentUrl()).isEqualTo(site(pathOf(published)));
    }

    @Test
    void scriptInADraftRunsNowhereItAppears() {
        String word = uniqueWord();
        String category = "<script>window.pwned='category'</script>Immune " + word;
        String tag = "<img src=x onerror=\"window.pwned='tag'\">" + word;
        String articleId = newArticleId();
        sendReview(approved(articleId, 1, new ArticleContent(
                "Is <script>window.pwned='title';alert('title')</script> " + word + " safe?",
                "<img src=x onerror=\"window.pwned='dek';alert('dek')\"> " + word + " in the dek.",
                category,
                List.of(tag),
                """
                        ## %s

                        <script>window.pwned='body'; alert('body')</script>

                        <img src=x onerror="window.pwned='img'; alert('img')">

                        <a href="javascript:window.pwned='anchor'">an anchor</a> and
                        [a link](javascript:window.pwned='link') and a citation [1].
                        """.formatted(word),
                List.of(new Reference("<script>window.pwned='ref-title'</script>Garlic review",
                                "javascript:window.pwned='ref-url'", 2014, "review"),
                        new Reference("</script><script>window.pwned='json-ld'</script>", "https://example.org/\"><script>window.pwned='ref-url-2'</script>",
                                2016, "trial")),
                "<img src=x onerror=\"window.pwned='takeaway'\"> Not a cure.")));
        ArticlePublished published = awaitPublished(articleId, 1);

        List<String> pages = List.of("/", "/categories/" + SiteSlugs.of(category), "/tags/" + SiteSlugs.of(tag),
                "/authors/wanda", "/search?q=" + word, pathOf(published), "/sitemap.xml");
        for (String path : pages) {
            browser.get(site(path));
            // click every link in the article that stays on the page (a script: URL would run on
            // click): the sanitiser should have left only web links, site links and in-page anchors
            if (path.equals(pathOf(published))) {
                browser.findElements(By.cssSelector("article a")).stream()
                        .filter(link -> staysOnPage(link.getDomAttribute("href")))
                        .forEach(link -> link.click());
            }
            assertThat(noScriptRan()).as(path).isTrue();
            assertThatThrownBy(() -> browser.switchTo().alert()).as(path).isInstanceOf(NoAlertPresentException.class);
        }
        browser.get(site(pathOf(published)));
        assertThat(browser.findElement(By.tagName("h1")).getText()).contains("<script>", word);
    }

    private static boolean staysOnPage(String href) {
        return href == null || href.startsWith("#") || !href.matches("(?i)^\\s*(https?:|/).*");
    }

    private boolean noScriptRan() {
        return ((JavascriptExecutor) browser).executeScript("return window.pwned === undefined") == Boolean.TRUE;
    }

    private String site(String path) {
        return "http://localhost:" + port + path;
    }

    /** A word no other test's article contains, so that a search finds exactly this article. */
    private static String uniqueWord() {
        StringBuilder word = new StringBuilder("zq");
        for (char c : UUID.randomUUID().toString().replace("-", "").substring(0, 10).toCharArray()) {
            // letters only: the analyser would split a word at a digit
            word.append(Character.isDigit(c) ? (char) ('g' + (c - '0')) : c);
        }
        return word.toString();
    }
}
