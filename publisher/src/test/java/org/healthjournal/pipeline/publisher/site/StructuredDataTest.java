package org.healthjournal.pipeline.publisher.site;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.healthjournal.pipeline.events.Reference;
import org.healthjournal.pipeline.publisher.PublisherProperties;
import org.healthjournal.pipeline.publisher.articles.PublishedArticle;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.Period;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class StructuredDataTest {

    private static final PublisherProperties SITE = new PublisherProperties("https://journal.example",
            Period.ofYears(1), "Health Journal", 20);
    private static final Byline WRITER = new Byline("wanda", "Wanda Osei", "health writer");
    private static final Byline REVIEWER = new Byline("drbob", "Dr Bob Rivera", "MD, haematologist");

    @Test
    void describesTheArticleAsAMedicalWebPage() throws Exception {
        JsonNode json = new ObjectMapper().readTree(StructuredData.medicalWebPage(article("Could vitamin D help?"),
                WRITER, REVIEWER, "https://journal.example/articles/could-vitamin-d-help", SITE));

        assertThat(json.get("@context").asText()).isEqualTo("https://schema.org");
        assertThat(json.get("@type").asText()).isEqualTo("MedicalWebPage");
        assertThat(json.get("headline").asText()).isEqualTo("Could vitamin D help?");
        assertThat(json.get("datePublished").asText()).isEqualTo("2026-11-24T13:24:01Z");
        assertThat(json.get("dateModified").asText()).isEqualTo("2026-11-25T08:00:00Z");
        assertThat(json.get("lastReviewed").asText()).isEqualTo("2026-11-20");
        assertThat(json.at("/reviewedBy/name").asText()).isEqualTo("Dr Bob Rivera");
        assertThat(json.at("/reviewedBy/description").asText()).isEqualTo("MD, haematologist");
        assertThat(json.at("/author/name").asText()).isEqualTo("Wanda Osei");
        assertThat(json.at("/author/url").asText()).isEqualTo("https://journal.example/authors/wanda");
        assertThat(json.at("/citation/0/name").asText()).isEqualTo("Vitamin D review");
        assertThat(json.at("/citation/0/url").asText()).isEqualTo("https://doi.org/10.1000/1");
        assertThat(json.at("/citation/0/datePublished").asText()).isEqualTo("2021");
    }

    @Test
    void everyReviewerWhoSignedOffIsListedInReviewedBy() throws Exception {
        Byline second = new Byline("drcho", "Dr Ana Cho", "PharmD");

        JsonNode json = new ObjectMapper().readTree(StructuredData.medicalWebPage(article("Could vitamin D help?"),
                WRITER, List.of(REVIEWER, second), "https://journal.example/articles/could-vitamin-d-help", SITE));

        assertThat(json.at("/reviewedBy/0/name").asText()).isEqualTo("Dr Bob Rivera");
        assertThat(json.at("/reviewedBy/1/name").asText()).isEqualTo("Dr Ana Cho");
        assertThat(json.at("/reviewedBy/1/description").asText()).isEqualTo("PharmD");
    }

    @Test
    void writersTextCannotCloseTheScriptElement() throws Exception {
        String title = "</script><script>alert(1)</script> & <!-- \u2028";

        String jsonLd = StructuredData.medicalWebPage(article(title), WRITER, REVIEWER, "https://journal.example/x",
                SITE);

        assertThat(jsonLd).doesNotContain("<", ">", "&", "\u2028");
        assertThat(new ObjectMapper().readTree(jsonLd).get("headline").asText()).isEqualTo(title);
    }

    private static PublishedArticle article(String title) {
        return new PublishedArticle("art-1", 2, "slug", title, "A dek.", "Immune Health", List.of("vitamin d"),
                "wanda", "drbob", Instant.parse("2026-11-20T09:30:00Z"), "<p>Body</p>", "", List.of(
                new Reference("Vitamin D review", "https://doi.org/10.1000/1", 2021, "review")), 3,
                Instant.parse("2026-11-24T13:24:01.123456Z"), Instant.parse("2026-11-25T08:00:00Z"));
    }
}
