package org.healthjournal.pipeline.publisher.pagecache;

import org.healthjournal.pipeline.events.ArticlePublished;
import org.healthjournal.pipeline.events.ArticleRetracted;
import org.healthjournal.pipeline.publisher.PublisherIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.healthjournal.pipeline.publisher.Approvals.approved;
import static org.healthjournal.pipeline.publisher.Approvals.newArticleId;

/** Readers are served copies of the public pages, and a copy never outlives a change of the site. */
class PublicPageCacheIT extends PublisherIntegrationTest {

    @Test
    void aNewArticleIsOnTheIndexFromTheFirstRequestAfterItWasPublished() {
        String before = http.getForObject("/", String.class);
        assertThat(http.getForObject("/", String.class)).as("served from the copy").isEqualTo(before);

        String title = "Does a cold shower boost immunity? " + UUID.randomUUID();
        ArticlePublished published = publish(title, "Immune Health");

        assertThat(http.getForObject("/", String.class)).contains(title);
        assertThat(http.getForObject("/categories/immune-health", String.class)).contains(title);
        assertThat(http.getForObject(pathOf(published), String.class)).contains(title);
    }

    @Test
    void aRetractedArticleLeavesTheIndexAtOnceAndItsPageShowsTheRetraction() {
        String title = "Can colloidal silver cure a cold? " + UUID.randomUUID();
        ArticlePublished published = publish(title, "Immune Health");
        assertThat(http.getForObject("/", String.class)).contains(title);
        String page = http.getForObject(pathOf(published), String.class);
        assertThat(page).doesNotContain("retracted");

        awaitHandled(sendReview(new ArticleRetracted(UUID.randomUUID(), null, 0, published.articleId(), 1,
                Instant.now(), "corr-" + published.articleId(), "wanda", "dr-rivera",
                "The trial it cited was found to be fabricated.", Instant.parse("2026-12-02T15:00:00Z"))));

        assertThat(http.getForObject("/", String.class)).doesNotContain(title);
        assertThat(http.getForObject(pathOf(published), String.class))
                .contains("The trial it cited was found to be fabricated.");
    }

    @Test
    void aCopyCarriesAnETagAndAnswers304WhenTheReaderHasIt() {
        publish("Is decaf coffee good for the heart? " + UUID.randomUUID(), "Heart Health");
        ResponseEntity<String> first = http.getForEntity("/", String.class);
        String etag = first.getHeaders().getETag();

        assertThat(etag).isNotBlank();
        assertThat(first.getHeaders().getLastModified()).isPositive();
        assertThat(first.getHeaders().getCacheControl()).isEqualTo("no-cache");
        assertThat(first.getHeaders().getFirst("Content-Security-Policy")).isNotBlank();
        HttpHeaders conditional = new HttpHeaders();
        conditional.setIfNoneMatch(etag);
        ResponseEntity<String> again = http.exchange("/", HttpMethod.GET, new HttpEntity<>(conditional), String.class);
        assertThat(again.getStatusCode()).isEqualTo(HttpStatus.NOT_MODIFIED);
        assertThat(again.getHeaders().getFirst("Content-Security-Policy")).isNotBlank();
    }

    @Test
    void theStylesheetMayBeKeptForADayAndKeepsTheSecurityHeaders() {
        ResponseEntity<String> first = http.getForEntity("/css/site.css", String.class);
        ResponseEntity<String> second = http.getForEntity("/css/site.css", String.class);

        assertThat(second.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(second.getBody()).isEqualTo(first.getBody()).contains(".masthead");
        assertThat(second.getHeaders().getCacheControl()).isEqualTo("public, max-age=86400");
        assertThat(second.getHeaders().getETag()).isEqualTo(first.getHeaders().getETag());
        assertThat(second.getHeaders().getFirst("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(second.getHeaders().getContentType()).hasToString(first.getHeaders().getContentType().toString());
    }

    @Test
    void unknownAddressesAndTheStaffApiAreNeverKept() {
        assertThat(http.getForEntity("/articles/no-such-article", String.class).getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(http.getForEntity("/articles/no-such-article", String.class).getHeaders().getETag()).isNull();
        assertThat(http.getForEntity("/api/articles", String.class).getStatusCode())
                .isEqualTo(HttpStatus.UNAUTHORIZED);
    }

    private ArticlePublished publish(String title, String category) {
        String articleId = newArticleId();
        sendReview(approved(articleId, title, category, List.of()));
        return awaitPublished(articleId, 1);
    }
}
