package org.healthjournal.pipeline.notifier.delivery;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.mail.internet.MimeMessage;
import org.healthjournal.pipeline.notifier.AbstractNotifierIT;
import org.healthjournal.pipeline.notifier.DbTime;
import org.healthjournal.pipeline.notifier.NotifierTestMail;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** What the running service does when a mail goes wrong: only that mail is affected. */
class DeliveryFailuresIT extends AbstractNotifierIT {

    @Autowired
    private Deliveries deliveries;
    @Autowired
    private Announcements announcements;
    @Autowired
    private TransactionTemplate transactions;

    private String domain;

    @BeforeEach
    void domain() {
        domain = uniqueDomain("failures");
    }

    @AfterEach
    void cleanUp() {
        unsubscribeAll(domain);
    }

    @Test
    void aPermanentlyRefusedAddressIsFailedAndDoesNotHoldBackTheOthers() {
        List<TestSubscriber> readers = new ArrayList<>(confirmedSubscribers("reader", domain, 12));
        TestSubscriber refused = confirmedSubscribers(NotifierTestMail.REFUSED, domain, 1).get(0);
        String articleId = "refused-" + domain;
        String title = "Is vitamin C overrated? " + articleId;

        publish(published(articleId, 1, title, Instant.now()));

        awaitCompleted(articleId);
        Map<String, Long> mails = mailCountsByRecipient(mailsToDomain(domain), title);
        assertThat(mails).doesNotContainKey(refused.email()).hasSize(readers.size())
                .allSatisfy((to, count) -> assertThat(count).as(to).isOne());
        assertThat(failureOf(articleId, refused)).startsWith("FAILED").contains("550");
        JsonNode progress = progress(articleId);
        assertThat(progress.at("/deliveries/failed").asLong()).isEqualTo(1);
        assertThat(progress.at("/deliveries/pending").asLong()).isZero();
        assertThat(progress.at("/deliveries/sent").asLong()).isGreaterThanOrEqualTo(readers.size());
        assertThat(progress.at("/completedAt").isNull()).isFalse();
    }

    @Test
    void anAddressRefusedForGoodRepeatedlyIsSuppressedAndCountedSoInTheStatistics() {
        confirmedSubscribers("reader", domain, 2);
        TestSubscriber refused = confirmedSubscribers(NotifierTestMail.REFUSED + "often", domain, 1).get(0);
        // two refusals already counted: the third suppresses the address (suppress-after-bounces: 3)
        jdbcTemplate.update("update subscriber set bounce_count = 2 where id = ?", refused.id());
        String third = "bounce-3-" + domain;
        publish(published(third, 1, "Third " + third, Instant.now()));
        awaitCompleted(third);
        assertThat(jdbcTemplate.queryForObject("select suppressed_at from subscriber where id = ?",
                java.time.OffsetDateTime.class, refused.id())).isNotNull();

        String next = "bounce-4-" + domain;
        publish(published(next, 1, "Next " + next, Instant.now()));
        awaitCompleted(next);

        assertThat(failureOf(next, refused)).startsWith("SUPPRESSED");
        ResponseEntity<JsonNode> statistics = http.withBasicAuth(STAFF_USER, STAFF_PASSWORD)
                .getForEntity("/api/deliveries/" + next, JsonNode.class);
        assertThat(statistics.getStatusCode()).isEqualTo(HttpStatus.OK);
        JsonNode numbers = statistics.getBody();
        assertThat(numbers.get("suppressed").asLong()).isEqualTo(1);
        assertThat(numbers.get("failed").asLong()).isZero();
        assertThat(numbers.get("pending").asLong()).isZero();
        assertThat(numbers.get("audience").asLong()).isEqualTo(numbers.get("sent").asLong()
                + numbers.get("suppressed").asLong() + numbers.get("skipped").asLong());
        assertThat(http.getForEntity("/api/deliveries/" + next, String.class).getStatusCode())
                .as("staff only").isEqualTo(HttpStatus.UNAUTHORIZED);
    }

    @Test
    void aConnectionLostAfterTheDataIsSentAgainWithTheSameMessageIdAndCountedUncertain() {
        List<TestSubscriber> readers = confirmedSubscribers("reader", domain, 8);
        TestSubscriber dropped = confirmedSubscribers(NotifierTestMail.DROP_AFTER_DATA, domain, 1).get(0);
        String articleId = "dropped-" + domain;
        String title = "Does sleep beat supplements? " + articleId;

        publish(published(articleId, 1, title, Instant.now()));

        awaitCompleted(articleId);
        List<MimeMessage> toDropped = mailsToDomain(domain).stream()
                .filter(mail -> recipients(mail).contains(dropped.email())).toList();
        assertThat(toDropped).as("stored once before the drop, once on the retry").hasSize(2);
        assertThat(toDropped).extracting(AbstractNotifierIT::messageIdOf).containsOnly(
                "<article-" + articleId.replace(".", "%2E") + "." + dropped.id() + "@healthjournal.example.org>");
        assertThat(mailCountsByRecipient(mailsToDomain(domain), title)).hasSize(readers.size() + 1)
                .allSatisfy((to, count) -> assertThat(count).as(to).isEqualTo(to.equals(dropped.email()) ? 2 : 1));
        assertThat(failureOf(articleId, dropped)).startsWith("SENT uncertain");
        assertThat(deliveries.count(articleId).uncertain()).isEqualTo(1);
    }

    @Test
    void aBatchWhoseSenderDiedIsResentOnceFromItsFirstUnrecordedMailWhichCountsAsUncertain() {
        List<TestSubscriber> orphaned = confirmedSubscribers("orphan", domain, 3);
        String articleId = "orphaned-" + domain;
        String title = "What happened to the crashed batch? " + articleId;
        Instant startedAt = Instant.now();
        // what a sender that died mid-batch leaves behind: an announcement, and its rows leased
        // to it with the lease run out (no sender of this service holds that lease); written in
        // one transaction, so the service's housekeeping sees all of it or nothing
        transactions.executeWithoutResult(status -> leasedToADeadSender(articleId, title, startedAt, "lease-1"));

        awaitCompleted(articleId);

        Map<String, Long> mails = mailCountsByRecipient(mailsToDomain(domain), title);
        assertThat(mails).hasSize(3).allSatisfy((to, count) -> assertThat(count).as(to).isOne());
        assertThat(failureOf(articleId, orphaned.get(0))).startsWith("SENT uncertain");
        assertThat(failureOf(articleId, orphaned.get(1))).isEqualTo("SENT certain");
        assertThat(failureOf(articleId, orphaned.get(2))).isEqualTo("SENT certain");
        assertThat(deliveries.count(articleId)).isEqualTo(new DeliveryCounts(0, 3, 0, 0, 1, 0));
    }

    @Test
    void aBatchWhoseSenderDiedWhileItWasInFlightIsResentOnceAndOnlyItsMailsInFlightCountAsUncertain() {
        List<TestSubscriber> orphaned = confirmedSubscribers("inflight", domain, 5);
        String articleId = "in-flight-" + domain;
        String title = "What happened to the batch in flight? " + articleId;
        Instant startedAt = Instant.now();
        // a sender that died after marking its batch in flight (the first three of its rows) and
        // before recording their answers; the last two rows of its lease were not in flight
        transactions.executeWithoutResult(status -> {
            leasedToADeadSender(articleId, title, startedAt, "lease-2");
            for (TestSubscriber inFlight : orphaned.subList(0, 3)) {
                jdbcTemplate.update("update delivery set in_flight = true where article_id = ? and subscriber_id = ?",
                        articleId, inFlight.id());
            }
        });

        awaitCompleted(articleId);

        Map<String, Long> mails = mailCountsByRecipient(mailsToDomain(domain), title);
        assertThat(mails).hasSize(5).allSatisfy((to, count) -> assertThat(count).as(to).isOne());
        for (TestSubscriber inFlight : orphaned.subList(0, 3)) {
            assertThat(failureOf(articleId, inFlight)).startsWith("SENT uncertain");
        }
        for (TestSubscriber neverTried : orphaned.subList(3, 5)) {
            assertThat(failureOf(articleId, neverTried)).isEqualTo("SENT certain");
        }
        assertThat(deliveries.count(articleId)).isEqualTo(new DeliveryCounts(0, 5, 0, 0, 3, 0));
        assertThat(jdbcTemplate.queryForObject("select count(*) from delivery where article_id = ? and in_flight",
                Integer.class, articleId)).as("no row stays in flight once recorded").isZero();
    }

    @Test
    void theStaffApiNeedsCredentialsAndKnowsOnlyAnnouncedArticles() {
        assertThat(http.getForEntity("/api/announcements/nope", String.class).getStatusCode())
                .isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(http.withBasicAuth(STAFF_USER, STAFF_PASSWORD).getForEntity("/api/announcements/nope",
                String.class).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        ResponseEntity<JsonNode> totals = http.withBasicAuth(STAFF_USER, STAFF_PASSWORD)
                .getForEntity("/api/deliveries", JsonNode.class);
        assertThat(totals.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(totals.getBody().fieldNames()).toIterable()
                .contains("pending", "sent", "failed", "skipped", "uncertain");
    }

    private void awaitCompleted(String articleId) {
        // the test server drops connections by throwing in its own thread: that is no failure here
        await().atMost(TIMEOUT).dontCatchUncaughtExceptions()
                .until(() -> announcements.find(articleId).filter(Announcement::isCompleted).isPresent());
    }

    private JsonNode progress(String articleId) {
        ResponseEntity<JsonNode> response = http.withBasicAuth(STAFF_USER, STAFF_PASSWORD)
                .getForEntity("/api/announcements/" + articleId, JsonNode.class);
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        return response.getBody();
    }

    /** "STATUS certain|uncertain: failure" of one ledger row. */
    private String failureOf(String articleId, TestSubscriber subscriber) {
        return jdbcTemplate.queryForObject("select status, uncertain, failure from delivery where article_id = ?"
                        + " and subscriber_id = ?", (row, n) -> row.getString("status")
                        + (row.getBoolean("uncertain") ? " uncertain" : " certain")
                        + (row.getString("failure") == null ? "" : ": " + row.getString("failure")),
                articleId, subscriber.id());
    }

    /** An announcement whose rows (every subscriber of this test's domain) were leased by a sender that died. */
    private void leasedToADeadSender(String articleId, String title, Instant startedAt, String lease) {
        jdbcTemplate.update("insert into announcement (article_id, event_id, article_version, started_at,"
                        + " title, url) values (?, ?, 1, ?, ?, ?)", articleId, UUID.randomUUID().toString(),
                DbTime.of(startedAt), title, "https://journal.example.test/articles/" + articleId);
        jdbcTemplate.update("insert into delivery (subscriber_id, article_id, status, claimed_at, lease_owner,"
                        + " lease_until) select s.id, ?, 'PENDING', ?, ?, ?"
                        + " from subscriber s where s.email like ?", articleId, DbTime.of(startedAt),
                "dead-instance/" + lease, DbTime.of(startedAt.minusSeconds(1)), "%@" + domain);
    }
}
