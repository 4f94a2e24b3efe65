package org.healthjournal.pipeline.notifier.feeds;

import org.healthjournal.pipeline.events.ArticlePublished;
import org.healthjournal.pipeline.notifier.AbstractNotifierIT;
import org.junit.jupiter.api.Test;
import org.springframework.http.ResponseEntity;

import java.time.Instant;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Feeds are written once and served from memory, and never outlive a change of the articles. */
class RenderedFeedsIT extends AbstractNotifierIT {

    @Test
    void aNewArticleIsInTheFeedFromTheFirstRequestAfterItWasRecorded() {
        String run = UUID.randomUUID().toString().substring(0, 8);
        ResponseEntity<String> before = http.getForEntity("/feed.xml", String.class);
        ResponseEntity<String> again = http.getForEntity("/feed.xml", String.class);
        assertThat(again.getBody()).isEqualTo(before.getBody());
        assertThat(again.getHeaders().getETag()).isEqualTo(before.getHeaders().getETag());

        // the newest entry whatever else was published
        ArticlePublished article = published("cached-" + run, 1, "Is a feed ever stale? " + run,
                Instant.parse("2199-01-01T00:00:00Z"));
        publish(article);
        awaitFeedEntry(article.articleId(), 1);

        ResponseEntity<String> after = http.getForEntity("/feed.xml", String.class);
        assertThat(after.getBody()).contains("Is a feed ever stale? " + run);
        assertThat(after.getHeaders().getETag()).isNotEqualTo(before.getHeaders().getETag());
        assertThat(http.getForObject("/feed.atom", String.class)).contains("Is a feed ever stale? " + run);
    }
}
