package org.healthjournal.pipeline.notifier.feeds;

import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.SyndFeedInput;
import org.healthjournal.pipeline.events.ArticlePublished;
import org.healthjournal.pipeline.events.ArticleRetracted;
import org.healthjournal.pipeline.events.ArticleUpdated;
import org.healthjournal.pipeline.events.Topics;
import org.healthjournal.pipeline.notifier.AbstractNotifierIT;
import org.healthjournal.pipeline.notifier.DbTime;
import org.healthjournal.pipeline.testkit.TestTopics;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import java.io.StringReader;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

class FeedChangesIT extends AbstractNotifierIT {

    private final String run = UUID.randomUUID().toString().substring(0, 8);

    @Test
    void anUpdateChangesTheItemInEveryFeedAndMailsNoSubscriberAgain() throws Exception {
        String email = uniqueAddress("updates");
        confirmedSubscriber(email);
        ArticlePublished first = inCategory("updated", "Updates " + run);
        publish(first);
        await().atMost(TIMEOUT).until(() -> mailsTo(email, first.title()).size() == 1);
        String path = "/categories/updates-" + run + "/feed.atom";
        ResponseEntity<String> before = http.getForEntity(path, String.class);
        String etag = before.getHeaders().getETag();

        Instant updatedAt = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        TestTopics.send(Topics.PUBLISHED, new ArticleUpdated(UUID.randomUUID(), null, 0, first.articleId(), 2,
                Instant.now(), "c", first.author(), first.reviewer(), first.slug(), first.url(),
                first.title() + " (revised)", "A revised dek " + run, first.category(), List.of(),
                first.publishedAt(), updatedAt, "Added the 2024 trial.", 5, List.of()));
        awaitFeedEntry(first.articleId(), 2);

        for (String feedPath : List.of(path, "/categories/updates-" + run + "/feed.xml")) {
            SyndEntry entry = entryOf(parse(http.getForEntity(feedPath, String.class).getBody()), first.url());
            assertThat(entry.getTitle()).as(feedPath).isEqualTo(first.title() + " (revised)");
            assertThat(entry.getDescription().getValue()).as(feedPath).isEqualTo("A revised dek " + run);
        }
        SyndEntry atomEntry = entryOf(parse(http.getForEntity(path, String.class).getBody()), first.url());
        assertThat(atomEntry.getUpdatedDate().toInstant()).isEqualTo(updatedAt);
        assertThat(atomEntry.getPublishedDate().toInstant()).isEqualTo(first.publishedAt());
        ResponseEntity<String> changed = conditional(path, etag);
        assertThat(changed.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(changed.getHeaders().getLastModified()).isEqualTo(updatedAt.toEpochMilli());

        await().during(Duration.ofSeconds(2)).atMost(TIMEOUT)
                .until(() -> mailsTo(email).size() == 2); // the confirmation and the one article mail
        assertThat(mailsTo(email, first.title() + " (revised)")).isEmpty();
        assertThat(mailsTo(email, "Updated: " + first.title() + " (revised)")).isEmpty();
    }

    @Test
    void aRetractedArticleLeavesEveryFeedAndItsUnsentMailsAreStopped() throws Exception {
        ArticlePublished article = inCategory("retracted", "Retractions " + run);
        ArticlePublished other = inCategory("kept", "Retractions " + run);
        publish(other);
        publish(article);
        awaitFeedEntry(other.articleId(), 1);
        awaitFeedEntry(article.articleId(), 1);
        await().atMost(TIMEOUT).until(() -> jdbcTemplate.queryForObject(
                "select count(*) from announcement where article_id = ? and completed_at is not null",
                Integer.class, article.articleId()) == 1);
        // mails still waiting for their turn: deferred after a transient failure, due in an hour
        String domain = uniqueDomain("waiting");
        List<TestSubscriber> waiting = confirmedSubscribers("w", domain, 3);
        for (TestSubscriber subscriber : waiting) {
            jdbcTemplate.update("insert into delivery (subscriber_id, article_id, status, claimed_at, attempts,"
                            + " uncertain, next_attempt_at) values (?, ?, 'PENDING', ?, 1, false, ?)",
                    subscriber.id(), article.articleId(), DbTime.of(Instant.now()),
                    DbTime.of(Instant.now().plus(1, ChronoUnit.HOURS)));
        }
        jdbcTemplate.update("update announcement set completed_at = null where article_id = ?", article.articleId());
        String path = "/categories/retractions-" + run + "/feed.xml";
        ResponseEntity<String> before = http.getForEntity(path, String.class);
        assertThat(parse(before.getBody()).getEntries()).hasSize(2);

        Instant retractedAt = Instant.now().plusSeconds(5).truncatedTo(ChronoUnit.SECONDS);
        TestTopics.send(Topics.REVIEWS, new ArticleRetracted(UUID.randomUUID(), null, 0, article.articleId(), 1,
                Instant.now(), "c", WRITER, "drbob", "The cited trial was withdrawn.", retractedAt));

        await().atMost(TIMEOUT).until(() -> jdbcTemplate.queryForObject(
                "select count(*) from delivery where article_id = ? and status = 'SKIPPED'", Integer.class,
                article.articleId()) == 3);
        for (String feedPath : List.of(path, "/categories/retractions-" + run + "/feed.atom", "/feed.xml",
                "/feed.atom")) {
            String body = http.getForEntity(feedPath, String.class).getBody();
            assertThat(parse(body).getEntries()).as(feedPath).extracting(SyndEntry::getLink)
                    .doesNotContain(article.url());
        }
        assertThat(parse(http.getForEntity(path, String.class).getBody()).getEntries())
                .extracting(SyndEntry::getLink).containsExactly(other.url());
        ResponseEntity<String> changed = conditional(path, before.getHeaders().getETag());
        assertThat(changed.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(changed.getHeaders().getLastModified()).isEqualTo(retractedAt.toEpochMilli());
        assertThat(http.withBasicAuth(STAFF_USER, STAFF_PASSWORD)
                .getForEntity("/api/deliveries/" + article.articleId(), String.class).getBody())
                .contains("\"pending\":0");
        await().atMost(TIMEOUT).until(() -> jdbcTemplate.queryForObject(
                "select count(*) from announcement where article_id = ? and completed_at is not null",
                Integer.class, article.articleId()) == 1);
        assertThat(mailsToDomain(domain)).isEmpty();
        unsubscribeAll(domain);

        publish(new ArticlePublished(UUID.randomUUID(), null, 0, article.articleId(), 1, Instant.now(), "c",
                article.author(), article.reviewer(), article.slug(), article.url(), article.title(), article.dek(),
                article.category(), List.of(), article.publishedAt()));
        String etag = changed.getHeaders().getETag();
        await().during(Duration.ofSeconds(2)).atMost(TIMEOUT).until(() -> conditional(path, etag).getStatusCode()
                == HttpStatus.NOT_MODIFIED); // a replayed publication of the retracted version does not bring it back
    }

    private ArticlePublished inCategory(String name, String category) {
        ArticlePublished base = published("feedchange-" + name + "-" + run, 1, "About " + name + " " + run,
                Instant.now().minus(1, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS));
        return new ArticlePublished(base.eventId(), null, 0, base.articleId(), 1, base.occurredAt(), "c",
                base.author(), base.reviewer(), base.slug(), base.url(), base.title(), base.dek(), category,
                List.of(), base.publishedAt());
    }

    private ResponseEntity<String> conditional(String path, String etag) {
        HttpHeaders headers = new HttpHeaders();
        headers.set(HttpHeaders.IF_NONE_MATCH, etag);
        return http.exchange(path, HttpMethod.GET, new HttpEntity<>(headers), String.class);
    }

    private static SyndFeed parse(String xml) throws Exception {
        return new SyndFeedInput().build(new StringReader(xml));
    }

    private static SyndEntry entryOf(SyndFeed feed, String link) {
        return feed.getEntries().stream().filter(entry -> link.equals(entry.getLink())).findFirst()
                .orElseThrow(() -> new AssertionError("no item " + link));
    }
}
