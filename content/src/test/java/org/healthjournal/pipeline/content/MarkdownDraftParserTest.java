package org.healthjournal.pipeline.content;

import org.healthjournal.pipeline.events.ArticleContent;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MarkdownDraftParserTest {

    private final MarkdownDraftParser parser = new MarkdownDraftParser();

    @Test
    void readsFrontMatterAndBody() {
        ArticleContent content = parser.parse("""
                ---
                title: "CAR-NK Cells: Could 'Off-the-Shelf' Immune Therapy Follow CAR-T?"
                dek: Early trials look promising.
                category: Immune Health
                tags: [oncology, immunotherapy]
                keyTakeaway: Still experimental.
                references:
                  - title: CAR-NK cells review
                    url: https://pmc.ncbi.nlm.nih.gov/articles/PMC0000001/
                    year: 2024
                    kind: peer-reviewed review
                ---
                ## What did the review find?

                Small trials [1].
                """);

        assertThat(content.title()).startsWith("CAR-NK Cells");
        assertThat(content.tags()).containsExactly("oncology", "immunotherapy");
        assertThat(content.references()).singleElement().satisfies(r -> assertThat(r.year()).isEqualTo(2024));
        assertThat(content.body()).startsWith("## What did the review find?").endsWith("Small trials [1].");
    }

    @Test
    void explainsAMissingFrontMatter() {
        assertThatThrownBy(() -> parser.parse("# Just a body")).isInstanceOf(DraftFormatException.class)
                .hasMessageContaining("front matter");
    }
}
