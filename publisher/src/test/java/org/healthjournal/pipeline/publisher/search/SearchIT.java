package org.healthjournal.pipeline.publisher.search;

import org.healthjournal.pipeline.events.ArticlePublished;
import org.healthjournal.pipeline.publisher.PublisherIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import java.time.Duration;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.healthjournal.pipeline.publisher.Approvals.approved;
import static org.healthjournal.pipeline.publisher.Approvals.newArticleId;

class SearchIT extends PublisherIntegrationTest {

    @Test
    void publishedArticleIsFoundWithTheMatchHighlighted() {
        String word = "quercetin" + UUID.randomUUID().toString().substring(0, 6).replaceAll("[0-9]", "x");
        String articleId = newArticleId();
        sendReview(approved(articleId, 1, "Does " + word + " prevent colds?"));
        ArticlePublished published = awaitPublished(articleId, 1);

        String page = await().atMost(Duration.ofSeconds(10))
                .until(() -> http.getForObject("/search?q=" + word, String.class), html -> html.contains(pathOf(published)));

        assertThat(page).contains("1 article matches")
                .contains("<mark>" + word + "</mark>")
                .contains("href=\"" + pathOf(published) + "\"")
                .contains("<meta name=\"robots\" content=\"noindex\">");
    }

    @Test
    void queryIsShownAsTextNeverAsMarkup() {
        ResponseEntity<String> page = http.getForEntity("/search?q=<script>alert(1)</script>", String.class);

        assertThat(page.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(page.getBody().toLowerCase()).doesNotContain("<script");
        assertThat(page.getBody()).contains("&lt;script&gt;alert(1)&lt;/script&gt;");
    }

    @Test
    void emptySearchInvitesAQuery() {
        assertThat(http.getForObject("/search", String.class)).contains("<h1>Search</h1>").contains("Type a word");
    }
}
