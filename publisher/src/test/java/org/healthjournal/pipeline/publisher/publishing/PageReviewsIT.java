package org.healthjournal.pipeline.publisher.publishing;

import com.fasterxml.jackson.databind.JsonNode;
import org.healthjournal.pipeline.events.ArticleEvent;
import org.healthjournal.pipeline.events.ArticlePublished;
import org.healthjournal.pipeline.events.ArticleRetracted;
import org.healthjournal.pipeline.events.ArticleReviewConfirmed;
import org.healthjournal.pipeline.events.ReviewerSignOff;
import org.healthjournal.pipeline.publisher.PublisherIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.healthjournal.pipeline.publisher.Approvals.approved;
import static org.healthjournal.pipeline.publisher.Approvals.newArticleId;

class PageReviewsIT extends PublisherIntegrationTest {

    private static final Path EXPORT = Path.of("target", "static-export");

    @Test
    void confirmedReReviewMovesTheReviewDatesOnThePageAndInItsStructuredDataAndAnnouncesNothing() {
        String articleId = newArticleId();
        sendReview(approved(articleId, 1, "Should adults take a daily multivitamin?"));
        ArticlePublished published = awaitPublished(articleId, 1);
        ArticleReviewConfirmed review = new ArticleReviewConfirmed(UUID.randomUUID(), null, 0, articleId, 1,
                Instant.now(), "corr-" + articleId, "wanda",
                List.of(new ReviewerSignOff("dr-cho", "Dr Ana Cho", "PharmD", Instant.parse("2026-12-01T10:00:00Z"))),
                Instant.parse("2026-12-01T10:00:00Z"), Instant.parse("2027-12-01T00:00:00Z"), "Still current.");

        awaitHandled(sendReview(review));
        String page = http.getForObject(pathOf(published), String.class);
        awaitHandled(sendReview(review));

        assertThat(page)
                .contains("Medically reviewed by <strong class=\"reviewer\">Dr Ana Cho, PharmD</strong>")
                .contains("on <time datetime=\"2026-12-01\">1 December 2026</time>")
                .contains("Next review due by <time datetime=\"2027-12-01\">1 December 2027</time>")
                .contains("\"lastReviewed\":\"2026-12-01\"")
                .doesNotContain("<strong>Updated");
        assertThat(http.getForObject(pathOf(published), String.class)).isEqualTo(page);
        assertThat(announcementsOf(articleId)).hasSize(1);
    }

    @Test
    void retractedPageKeepsItsAddressWithTheNoticeAndLeavesEveryListAnnouncingNothing() throws IOException {
        String articleId = newArticleId();
        sendReview(approved(articleId, "Can colloidal silver cure infections?", "Retracted Remedies",
                List.of("colloidal silver")));
        ArticlePublished published = awaitPublished(articleId, 1);
        assertThat(http.getForObject("/categories/retracted-remedies", String.class)).contains(published.slug());
        ArticleRetracted retraction = new ArticleRetracted(UUID.randomUUID(), null, 0, articleId, 1, Instant.now(),
                "corr-" + articleId, "wanda", "dr-rivera", "The trial it cited was found to be fabricated.",
                Instant.parse("2026-12-02T15:00:00Z"));

        awaitHandled(sendReview(retraction));
        String page = http.getForObject(pathOf(published), String.class);
        awaitHandled(sendReview(retraction));

        assertThat(page)
                .contains("<h1>Can colloidal silver cure infections?</h1>")
                .contains("This article has been retracted")
                .contains("The trial it cited was found to be fabricated.")
                .contains("2 December 2026")
                .doesNotContain("What did the review find?", "application/ld+json");
        assertThat(http.getForObject(pathOf(published), String.class)).isEqualTo(page);
        assertThat(http.getForObject("/", String.class)).doesNotContain(published.slug());
        assertThat(http.getForEntity("/categories/retracted-remedies", String.class).getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(http.getForEntity("/tags/colloidal-silver", String.class).getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(http.getForObject("/authors/wanda", String.class)).doesNotContain(published.slug());
        assertThat(http.getForObject("/search?q=colloidal+silver", String.class)).doesNotContain(published.slug());
        assertThat(http.getForObject("/sitemap.xml", String.class)).doesNotContain(published.slug());
        // the export writes the page on its own thread, the lists shortly after (list-delay); a list
        // left empty goes altogether
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            assertThat(Files.readString(EXPORT.resolve("articles").resolve(published.slug()).resolve("index.html")))
                    .contains("The trial it cited was found to be fabricated.");
            assertThat(Files.readString(EXPORT.resolve("index.html"))).doesNotContain(published.slug());
            assertThat(Files.exists(EXPORT.resolve("categories").resolve("retracted-remedies"))).isFalse();
            assertThat(Files.exists(EXPORT.resolve("tags").resolve("colloidal-silver"))).isFalse();
            assertThat(Files.readString(EXPORT.resolve("sitemap.xml"))).doesNotContain(published.slug());
        });
        JsonNode api = http.withBasicAuth(STAFF_USER, STAFF_PASSWORD)
                .getForObject("/api/articles/" + articleId, JsonNode.class);
        assertThat(api.get("status").asText()).isEqualTo("RETRACTED");
        assertThat(api.get("url").asText()).isEqualTo(published.url());
        assertThat(announcementsOf(articleId)).extracting(ArticleEvent::eventType).containsExactly("ArticlePublished");
    }
}
