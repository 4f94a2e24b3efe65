package org.healthjournal.pipeline.publisher.articles;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class SiteSlugsTest {

    @Test
    void categoryNameBecomesItsSlug() {
        assertThat(SiteSlugs.of("Immune Health")).isEqualTo("immune-health");
    }

    @Test
    void lettersThatDoNotDecomposeAreTransliterated() {
        assertThat(SiteSlugs.of("Straße, Smørrebrød & Łódź")).isEqualTo("strasse-smorrebrod-and-lodz");
        assertThat(SiteSlugs.of("Æsir œuvre Þór")).isEqualTo("aesir-oeuvre-thor");
    }

    @Test
    void cyrillicAndGreekTitlesGetReadableAsciiSlugs() {
        assertThat(SiteSlugs.of("Витамин D и простуда")).isEqualTo("vitamin-d-i-prostuda");
        assertThat(SiteSlugs.of("Υγεία")).isEqualTo("ygeia");
    }

    @Test
    void tagsThatDifferOnlyInCaseShareOnePage() {
        assertThat(SiteSlugs.bySlug(List.of("Vitamin D", " vitamin d ", "zinc", " ")))
                .containsExactly(java.util.Map.entry("vitamin-d", "Vitamin D"), java.util.Map.entry("zinc", "zinc"));
    }

    @Test
    void aRememberedSlugIsTheOneWorkedOutAfresh() {
        for (int round = 0; round < 2; round++) {
            for (int i = 0; i < 5_000; i++) {
                String name = "Straße & Витамин " + i;
                assertThat(SiteSlugs.of(name)).isEqualTo(org.healthjournal.pipeline.content.Slugs.fromTitle(
                        SiteSlugs.transliterate(name)));
            }
        }
        assertThat(SiteSlugs.of(null)).isEqualTo("article");
        assertThat(SiteSlugs.of("")).isEqualTo("article");
    }
}
