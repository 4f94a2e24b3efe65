package org.healthjournal.pipeline.devstack.demo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

class DemoArticleTest {

    private final JsonNode article = read();

    @Test
    void hasEveryFieldIngestRequires() {
        assertThat(article.path("title").asText()).isNotBlank().hasSizeLessThanOrEqualTo(200);
        assertThat(article.path("dek").asText()).isNotBlank();
        assertThat(article.path("category").asText()).isNotBlank();
        assertThat(article.path("keyTakeaway").asText()).isNotBlank();
        assertThat(article.path("tags")).isNotEmpty();
    }

    @Test
    void bodyHasQuestionSectionsAndOnlyCitationsThatHaveASource() {
        String body = article.path("body").asText();
        int references = article.path("references").size();

        assertThat(body).contains("## What did the studies find?", "## Common questions");
        Matcher citation = Pattern.compile("\\[(\\d+)]").matcher(body);
        int highest = 0;
        while (citation.find()) {
            highest = Math.max(highest, Integer.parseInt(citation.group(1)));
        }
        assertThat(highest).isEqualTo(references).isPositive();
    }

    @Test
    void everySourceHasTitleHttpsLinkYearAndKind() {
        article.path("references").forEach(reference -> {
            assertThat(reference.path("title").asText()).isNotBlank();
            assertThat(reference.path("url").asText()).startsWith("https://");
            assertThat(reference.path("year").asInt()).isBetween(1990, 2030);
            assertThat(reference.path("kind").asText()).isNotBlank();
        });
    }

    private static JsonNode read() {
        try {
            return new ObjectMapper().readTree(DemoArticle.json());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
