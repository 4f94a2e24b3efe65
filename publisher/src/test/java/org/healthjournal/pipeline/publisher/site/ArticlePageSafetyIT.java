package org.healthjournal.pipeline.publisher.site;

import org.healthjournal.pipeline.events.ArticleContent;
import org.healthjournal.pipeline.events.ArticlePublished;
import org.healthjournal.pipeline.events.Reference;
import org.healthjournal.pipeline.publisher.PublisherIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.healthjournal.pipeline.publisher.Approvals.approved;
import static org.healthjournal.pipeline.publisher.Approvals.newArticleId;

class ArticlePageSafetyIT extends PublisherIntegrationTest {

    /** An attribute that runs script, inside a real tag (escaped text starts with &lt;, not <). */
    private static final Pattern EVENT_HANDLER_ATTRIBUTE = Pattern.compile("<[a-zA-Z][^<>]*\\son[a-z]+\\s*=",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern STRUCTURED_DATA = Pattern.compile(
            "<script type=\"application/ld\\+json\">(.*?)</script>", Pattern.DOTALL);
    private static final Pattern SCRIPT_URL_ATTRIBUTE = Pattern.compile("(href|src|action)\\s*=\\s*[\"']?\\s*javascript:",
            Pattern.CASE_INSENSITIVE);

    @Test
    void writerMarkupNeverReachesThePageAsMarkup() {
        String articleId = newArticleId();
        ArticleContent hostile = new ArticleContent(
                "Is <script>alert(1)</script> garlic good for colds?",
                "<img src=x onerror=alert(2)> A dek with markup.",
                "<script>alert(3)</script>Immune Health",
                List.of("<script>alert(4)</script>"),
                """
                        ## Garlic and colds

                        <script>alert(5)</script>

                        <img src="x" onerror="alert(6)">

                        A [harmless looking link](javascript:alert(7)) and a citation [1].
                        """,
                List.of(new Reference("<script>alert(8)</script>Garlic review", "javascript:alert(9)", 2014, "review"),
                        new Reference("<b onmouseover=alert(10)>Allium trial</b>", "https://pubmed.ncbi.nlm.nih.gov/1/",
                                2016, "<i onclick=alert(11)>trial</i>")),
                "<img src=x onerror=alert(12)> Garlic is not a cure.");
        sendReview(approved(articleId, 1, hostile));
        ArticlePublished published = awaitPublished(articleId, 1);

        ResponseEntity<String> page = http.getForEntity(pathOf(published), String.class);
        String html = withoutStructuredData(page.getBody());

        assertThat(page.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(html.toLowerCase()).doesNotContain("<script", "<img", "<b ", "<i ");
        assertThat(EVENT_HANDLER_ATTRIBUTE.matcher(withoutAttributeValues(html)).find()).as("event handler attribute")
                .isFalse();
        assertThat(SCRIPT_URL_ATTRIBUTE.matcher(html).find()).as("javascript: URL").isFalse();
        // the writer's words are still there, shown as text
        assertThat(html).contains("&lt;script&gt;alert(1)&lt;/script&gt; garlic good for colds?")
                .contains("harmless looking link")
                .contains("Garlic is not a cure.")
                .contains("href=\"https://pubmed.ncbi.nlm.nih.gov/1/\"");
        assertThat(page.getHeaders().getFirst("Content-Security-Policy")).contains("script-src 'none'");

        String index = http.getForObject("/", String.class);
        assertThat(index.toLowerCase()).doesNotContain("<script", "<img");
    }

    /**
     * The page with every attribute value emptied: a writer's "onerror=" inside an escaped
     * {@code content="…"} (link previews repeat the dek) is text, not an attribute. Thymeleaf writes
     * a quote inside a value as {@code &quot;}, so a value always ends at the next quote.
     */
    private static String withoutAttributeValues(String html) {
        return html.replaceAll("=\"[^\"]*\"", "=\"\"");
    }

    /**
     * The page's one legitimate script element is its JSON-LD data block; checks that the writer's
     * text could not close it early, and returns the page without it.
     */
    private static String withoutStructuredData(String html) {
        Matcher block = STRUCTURED_DATA.matcher(html);
        assertThat(block.find()).as("JSON-LD block").isTrue();
        assertThat(block.group(1)).doesNotContain("<", ">").contains("\\u003cscript\\u003e");
        String rest = html.substring(0, block.start()) + html.substring(block.end());
        assertThat(STRUCTURED_DATA.matcher(rest).find()).as("a second script element").isFalse();
        return rest;
    }

    @Test
    void everyPageForbidsScript() {
        assertThat(http.getForEntity("/", String.class).getHeaders().getFirst("Content-Security-Policy"))
                .contains("script-src 'none'").contains("default-src 'none'");
        assertThat(http.getForEntity("/css/site.css", String.class).getHeaders().getFirst("Content-Security-Policy"))
                .contains("script-src 'none'");
    }

    @Test
    void unknownSlugGetsNotFoundPage() {
        ResponseEntity<String> page = http.getForEntity("/articles/no-such-article", String.class);

        assertThat(page.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(page.getHeaders().getContentType().toString()).startsWith("text/html");
        assertThat(page.getBody()).contains("<h1>Page not found</h1>").contains("href=\"/\"");
        assertThat(page.getHeaders().getFirst("Content-Security-Policy")).contains("script-src 'none'");
    }
}
