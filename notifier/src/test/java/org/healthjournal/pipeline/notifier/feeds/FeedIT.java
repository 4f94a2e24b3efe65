package org.healthjournal.pipeline.notifier.feeds;

import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.SyndFeedInput;
import org.healthjournal.pipeline.events.ArticlePublished;
import org.healthjournal.pipeline.notifier.AbstractNotifierIT;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import java.io.StringReader;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FeedIT extends AbstractNotifierIT {

    private static final String RUN = UUID.randomUUID().toString().substring(0, 8);
    // far in the future, so these are the newest entries whatever other tests published
    private static final Instant NEWEST = Instant.parse("2099-01-01T00:00:00Z");

    private ArticlePublished older;
    private ArticlePublished newer;
    private ArticlePublished hostile;

    @BeforeAll
    void publishArticles() {
        // 51 articles, one more than a feed shows
        for (int i = 50; i >= 2; i--) {
            publish(published("feed-" + RUN + "-" + i, 1, "Filler " + i, NEWEST.minus(i, ChronoUnit.DAYS)));
        }
        older = published("feed-" + RUN + "-older", 1, "How strong is this evidence?", NEWEST.minus(1, ChronoUnit.DAYS));
        newer = published("feed-" + RUN + "-newer", 1, "Could X follow Y?", NEWEST);
        ArticlePublished plain = published("feed-" + RUN + "-hostile", 1, "t", NEWEST.minus(12, ChronoUnit.HOURS));
        // a NUL and a U+FFFE (XML can hold neither) in the title, markup in the dek
        hostile = new ArticlePublished(plain.eventId(), null, 0, plain.articleId(), 1, plain.occurredAt(),
                plain.correlationId(), "Dana\u0000 Writer", "Dr Rev", plain.slug(), plain.url(),
                "Vitamin\u0000 D\uFFFE and bones", "\"><svg onload=alert(1)> & more", "Bone\u0001 Health", List.of(),
                plain.publishedAt());
        publish(older);
        publish(hostile);
        publish(newer);
        awaitFeedEntry(older.articleId(), 1);
        awaitFeedEntry(hostile.articleId(), 1);
        awaitFeedEntry(newer.articleId(), 1);
        for (int i = 2; i <= 50; i++) {
            awaitFeedEntry("feed-" + RUN + "-" + i, 1);
        }
    }

    @Test
    void rssFeedListsTheNewestFiftyArticlesNewestFirst() throws Exception {
        ResponseEntity<String> response = http.getForEntity("/feed.xml", String.class);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(response.getHeaders().getContentType().toString()).startsWith("application/rss+xml");
        SyndFeed feed = new SyndFeedInput().build(new StringReader(response.getBody()));
        assertThat(feed.getFeedType()).isEqualTo("rss_2.0");
        assertThat(feed.getTitle()).isEqualTo("Health Journal");
        assertThat(feed.getLink()).isEqualTo("https://journal.example.test");
        assertShowsNewestFifty(feed);
        SyndEntry entry = feed.getEntries().get(0);
        assertThat(entry.getUri()).as("guid").isEqualTo(newer.url());
        assertThat(response.getBody()).as("a permalink guid (isPermaLink defaults to true)")
                .contains("<guid>" + newer.url() + "</guid>");
        assertThat(entry.getCategories()).extracting("name").containsExactly("Immune Health");
    }

    @Test
    void atomFeedListsTheSameArticles() throws Exception {
        ResponseEntity<String> response = http.getForEntity("/feed.atom", String.class);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(response.getHeaders().getContentType().toString()).startsWith("application/atom+xml");
        SyndFeed feed = new SyndFeedInput().build(new StringReader(response.getBody()));
        assertThat(feed.getFeedType()).isEqualTo("atom_1.0");
        assertThat(feed.getTitle()).isEqualTo("Health Journal");
        assertShowsNewestFifty(feed);
        assertThat(feed.getEntries().get(0).getUri()).as("id").isEqualTo(newer.url());
    }

    @Test
    void aTitleWithCharactersXmlCannotHoldNeitherBreaksTheRssFeedNorLosesTheArticle() throws Exception {
        ResponseEntity<String> response = http.getForEntity("/feed.xml", String.class);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        SyndEntry entry = entryOf(new SyndFeedInput().build(new StringReader(response.getBody())), hostile);
        assertThat(entry.getTitle()).isEqualTo("Vitamin D and bones");
        assertThat(entry.getCategories()).extracting("name").containsExactly("Bone Health");
    }

    @Test
    void aTitleWithCharactersXmlCannotHoldNeitherBreaksTheAtomFeedNorLosesTheArticle() throws Exception {
        ResponseEntity<String> response = http.getForEntity("/feed.atom", String.class);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        SyndEntry entry = entryOf(new SyndFeedInput().build(new StringReader(response.getBody())), hostile);
        assertThat(entry.getTitle()).isEqualTo("Vitamin D and bones");
        assertThat(entry.getAuthor()).isEqualTo("Dana Writer");
    }

    @Test
    void theRssDescriptionIsTextThatAReaderRenderingItAsHtmlShowsAsTyped() throws Exception {
        String document = http.getForEntity("/feed.xml", String.class).getBody();

        SyndEntry entry = entryOf(new SyndFeedInput().build(new StringReader(document)), hostile);
        // what a reader gets after XML parsing is HTML that displays the dek's characters, never an element
        assertThat(entry.getDescription().getValue())
                .isEqualTo("&quot;&gt;&lt;svg onload=alert(1)&gt; &amp; more")
                .doesNotContain("<svg");
        assertThat(org.springframework.web.util.HtmlUtils.htmlUnescape(entry.getDescription().getValue()))
                .isEqualTo(hostile.dek());
    }

    @Test
    void theAtomSummaryIsMarkedAsTextAndHoldsTheDekAsTyped() throws Exception {
        String document = http.getForEntity("/feed.atom", String.class).getBody();

        SyndEntry entry = entryOf(new SyndFeedInput().build(new StringReader(document)), hostile);
        assertThat(entry.getDescription().getType()).isEqualTo("text");
        assertThat(entry.getDescription().getValue()).isEqualTo(hostile.dek());
        assertThat(document).doesNotContain("<svg");
    }

    private static SyndEntry entryOf(SyndFeed feed, ArticlePublished article) {
        return feed.getEntries().stream().filter(e -> article.url().equals(e.getLink())).findFirst()
                .orElseThrow(() -> new AssertionError("no entry for " + article.url()));
    }

    private void assertShowsNewestFifty(SyndFeed feed) {
        List<SyndEntry> entries = feed.getEntries();
        assertThat(entries).hasSize(50);
        SyndEntry first = entries.get(0);
        assertThat(first.getTitle()).isEqualTo(newer.title());
        assertThat(first.getLink()).isEqualTo(newer.url());
        assertThat(first.getDescription().getValue()).isEqualTo(newer.dek());
        assertThat(first.getPublishedDate().toInstant()).isEqualTo(newer.publishedAt());
        assertThat(entries.get(1).getLink()).isEqualTo(hostile.url());
        assertThat(entries.get(2).getLink()).isEqualTo(older.url());
        assertThat(entries).extracting(SyndEntry::getTitle).doesNotContain("Filler 49").contains("Filler 48");
    }
}
