package org.healthjournal.pipeline.notifier.feeds;

import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.SyndFeedInput;
import org.healthjournal.pipeline.events.ArticlePublished;
import org.healthjournal.pipeline.notifier.AbstractNotifierIT;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import java.io.StringReader;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class CategoryFeedIT extends AbstractNotifierIT {

    private final String run = UUID.randomUUID().toString().substring(0, 8);

    @Test
    void aCategoryFeedListsOnlyThatCategorysArticlesInRssAndAtom() throws Exception {
        ArticlePublished bones1 = inCategory("bones-1", "Bone Health " + run, Instant.now().minus(1, ChronoUnit.HOURS));
        ArticlePublished bones2 = inCategory("bones-2", "bone health " + run, Instant.now());
        ArticlePublished heart = inCategory("heart", "Heart " + run, Instant.now());
        for (ArticlePublished article : List.of(bones1, bones2, heart)) {
            publish(article);
            awaitFeedEntry(article.articleId(), 1);
        }

        for (String path : List.of("/categories/bone-health-" + run + "/feed.xml",
                "/categories/bone-health-" + run + "/feed.atom")) {
            ResponseEntity<String> response = http.getForEntity(path, String.class);
            assertThat(response.getStatusCode()).as(path).isEqualTo(HttpStatus.OK);
            SyndFeed feed = new SyndFeedInput().build(new StringReader(response.getBody()));
            assertThat(feed.getTitle()).as(path).startsWith("Health Journal: ").containsIgnoringCase("bone health");
            assertThat(feed.getEntries()).as(path).extracting(SyndEntry::getLink)
                    .containsExactly(bones2.url(), bones1.url());
        }
    }

    @Test
    void aCategoryWithNoArticlesOrAMalformedSlugIsNotFound() {
        assertThat(http.getForEntity("/categories/nothing-here-" + run + "/feed.xml", String.class).getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(http.getForEntity("/categories/Not_A_Slug/feed.atom", String.class).getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
    }

    @Test
    void aConditionalGetAnswersNotModifiedUntilAnArticleOfTheFeedIsUpdated() {
        ArticlePublished article = inCategory("cached", "Sleep " + run, Instant.now().minus(1, ChronoUnit.DAYS));
        publish(article);
        awaitFeedEntry(article.articleId(), 1);
        String path = "/categories/sleep-" + run + "/feed.xml";
        ResponseEntity<String> first = http.getForEntity(path, String.class);
        String etag = first.getHeaders().getETag();
        assertThat(etag).isNotBlank();
        assertThat(first.getHeaders().getLastModified()).isPositive();

        assertThat(conditional(path, HttpHeaders.IF_NONE_MATCH, etag).getStatusCode()).isEqualTo(HttpStatus.NOT_MODIFIED);
        assertThat(conditional(path, HttpHeaders.IF_MODIFIED_SINCE,
                first.getHeaders().getFirst(HttpHeaders.LAST_MODIFIED)).getStatusCode()).isEqualTo(HttpStatus.NOT_MODIFIED);
        assertThat(conditional("/feed.atom", HttpHeaders.IF_NONE_MATCH,
                http.getForEntity("/feed.atom", String.class).getHeaders().getETag()).getStatusCode())
                .as("the main feeds too").isEqualTo(HttpStatus.NOT_MODIFIED);

        ArticlePublished updated = new ArticlePublished(UUID.randomUUID(), null, 0, article.articleId(), 2,
                Instant.now(), article.correlationId(), article.author(), article.reviewer(), article.slug(),
                article.url(), article.title() + " (updated)", article.dek(), article.category(), List.of(),
                Instant.now());
        publish(updated);
        awaitFeedEntry(article.articleId(), 2);

        ResponseEntity<String> changed = conditional(path, HttpHeaders.IF_NONE_MATCH, etag);
        assertThat(changed.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(changed.getHeaders().getETag()).isNotEqualTo(etag);
        assertThat(changed.getBody()).contains("(updated)");
    }

    private ResponseEntity<String> conditional(String path, String header, String value) {
        HttpHeaders headers = new HttpHeaders();
        headers.set(header, value);
        return http.exchange(path, HttpMethod.GET, new HttpEntity<>(headers), String.class);
    }

    private ArticlePublished inCategory(String name, String category, Instant publishedAt) {
        ArticlePublished base = published("catfeed-" + name + "-" + run, 1, "About " + name + " " + run, publishedAt);
        return new ArticlePublished(base.eventId(), null, 0, base.articleId(), 1, base.occurredAt(),
                base.correlationId(), base.author(), base.reviewer(), base.slug(), base.url(), base.title(), base.dek(),
                category, List.of(), publishedAt);
    }
}
