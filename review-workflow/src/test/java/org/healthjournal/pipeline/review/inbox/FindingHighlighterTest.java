package org.healthjournal.pipeline.review.inbox;

import org.healthjournal.pipeline.content.MarkdownRenderer;
import org.healthjournal.pipeline.content.checks.Finding;
import org.healthjournal.pipeline.content.checks.Severity;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class FindingHighlighterTest {

    private final FindingHighlighter highlighter = new FindingHighlighter(new MarkdownRenderer());

    private static Finding at(String section, String excerpt) {
        return new Finding("claims.absolute-language", Severity.WARNING, "Says cure.",
                new Finding.Location(section, excerpt), null);
    }

    @Test
    void thePassageAFindingNamesIsMarkedInTheRenderedDraftCitationLinkIncluded() {
        FindingHighlighter.Highlighted result = highlighter.render(
                "## What did the review find?\n\nEarly trials were small [1]. CAR-NK cells cure lymphoma [1].\n",
                List.of(at("What did the review find?", "CAR-NK cells cure lymphoma [1].")));

        assertThat(result.marked()).containsExactly(1);
        assertThat(result.html()).contains("<h2>What did the review find?</h2>")
                .containsPattern("small <a [^>]*href=\"#ref-1\"[^>]*>\\[1\\]</a>\\. <mark class=\"finding\" id=\"finding-1\">"
                        + "CAR-NK cells cure lymphoma <a [^>]*>\\[1\\]</a>\\.</mark>")
                .doesNotContain("\uE000").doesNotContain("\uE002");
    }

    @Test
    void aFindingWithoutAPassageInTheBodyIsListedButNotMarked() {
        FindingHighlighter.Highlighted result = highlighter.render("Text.\n",
                List.of(at("Title", "Miracle cure"), new Finding("structure.length", Severity.INFO, "Short.", null, null)));

        assertThat(result.marked()).isEmpty();
        assertThat(result.html()).isEqualTo(new MarkdownRenderer().toHtml("Text.\n"));
    }

    @Test
    void aPassageAcrossParagraphsIsNotMarkedSoTheHtmlStaysWellFormed() {
        FindingHighlighter.Highlighted result = highlighter.render("First ends.\n\nSecond starts.\n",
                List.of(at("Body", "ends.\n\nSecond")));

        assertThat(result.marked()).isEmpty();
        assertThat(result.html()).isEqualTo("<p>First ends.</p>\n<p>Second starts.</p>\n");
    }

    @Test
    void writersTextCannotSmuggleMarkup() {
        FindingHighlighter.Highlighted result = highlighter.render("It cures <script>alert(1)</script> all.\n",
                List.of(at("Body", "It cures <script>alert(1)</script> all.")));

        assertThat(result.html()).doesNotContain("<script").contains("<mark class=\"finding\" id=\"finding-1\">");
    }
}
