package org.healthjournal.pipeline.content;

import org.healthjournal.pipeline.events.ArticleContent;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class MarkdownRendererTest {

    private final MarkdownRenderer renderer = new MarkdownRenderer();

    @Test
    void rendersQuestionHeadingsAndParagraphs() {
        String html = renderer.toHtml("## What did the review find?\n\nSmall **early-phase** trials.");

        assertThat(html).contains("<h2>What did the review find?</h2>")
                .contains("<p>Small <strong>early-phase</strong> trials.</p>");
    }

    @Test
    void linksNumberedCitationsToTheSourcesList() {
        String html = renderer.toHtml("Response rates were high [1], though trials were small [2].");

        assertThat(html).contains("href=\"#ref-1\"").contains("class=\"citation\"")
                .contains(">[1]</a>")
                .contains("href=\"#ref-2\"");
    }

    @Test
    void leavesCitationLikeTextInCodeAlone() {
        assertThat(renderer.toHtml("`array[1]`")).contains("<code>array[1]</code>").doesNotContain("#ref-1");
    }

    @Test
    void neverLetsAWriterRunScript() {
        String html = renderer.toHtml("""
                <script>alert(1)</script>
                <img src=x onerror=alert(2)>
                [click](javascript:alert)
<a href="javascript:alert(4)">x</a>
                """);

        assertThat(html).doesNotContain("<script").doesNotContain("<img").doesNotContain("href=\"javascript");
    }

    @Test
    void findsCitationsInOrderOfFirstUse() {
        assertThat(MarkdownRenderer.citations("b [2] a [1] again [2]")).containsExactly(2, 1);
    }

    @Test
    void estimatesReadingTimeFromAllText() {
        String body = "word ".repeat(950);
        ArticleContent content = new ArticleContent("T", "dek", "c", List.of(), body, List.of(), "take");

        assertThat(renderer.render(content).readMinutes()).isEqualTo(5);
    }
}
