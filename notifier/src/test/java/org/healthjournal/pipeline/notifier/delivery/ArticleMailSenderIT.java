package org.healthjournal.pipeline.notifier.delivery;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import org.healthjournal.pipeline.notifier.AbstractNotifierIT;
import org.healthjournal.pipeline.notifier.mail.SmtpConnection;
import org.healthjournal.pipeline.notifier.mail.SmtpConnections;
import org.healthjournal.pipeline.notifier.mail.SmtpOutcome;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The sender on its own, against the real SMTP server, with the pool of the running service
 * stopped so that only the sender under test touches the ledger.
 */
class ArticleMailSenderIT extends AbstractNotifierIT {

    @Autowired
    private SenderPool senderPool;
    @Autowired
    private PublishedArticleHandler handler;
    @Autowired
    private Deliveries deliveries;
    @Autowired
    private Announcements announcements;
    @Autowired
    private ArticleMail articleMail;
    @Autowired
    private MessageIds messageIds;
    @Autowired
    private SmtpConnections smtp;
    @Autowired
    private org.healthjournal.pipeline.notifier.NotifierProperties properties;

    private String domain;

    @BeforeEach
    void stopTheServicesSenders() {
        senderPool.stop();
        domain = uniqueDomain("sender");
    }

    @AfterEach
    void startThemAgain() {
        unsubscribeAll(domain);
        senderPool.start();
    }

    @Autowired
    private org.healthjournal.pipeline.notifier.subscriptions.SubscriptionLinks links;

    @Test
    void aFailureClosingTheConnectionAfterEveryMailWasAcceptedSendsEachMailOnce() {
        List<TestSubscriber> subscribers = confirmedSubscribers("reader", domain, 7);
        String articleId = "close-fails-" + domain;
        String title = "Does zinc shorten colds? " + articleId;
        handler.handle(published(articleId, 1, title, Instant.now()));
        AtomicInteger closeFailures = new AtomicInteger();
        ArticleMailSender sender = new ArticleMailSender(deliveries, announcements, articleMail, messageIds,
                links, failingOnClose(smtp, closeFailures), properties);

        LeasedBatch batch;
        while (!(batch = lease()).isEmpty()) {
            assertThat(sender.send(batch, () -> false)).isEqualTo(ArticleMailSender.Result.DONE);
        }

        assertThat(closeFailures).as("every connection failed on closing").hasPositiveValue();
        Map<String, Long> mails = mailCountsByRecipient(mailsToDomain(domain), title);
        assertThat(mails).hasSize(subscribers.size()).allSatisfy((to, count) -> assertThat(count).as(to).isOne());
        DeliveryCounts counts = deliveries.count(articleId);
        assertThat(counts.pending()).isZero();
        assertThat(counts.sent()).isEqualTo(counts.total()).isGreaterThanOrEqualTo(subscribers.size());
        assertThat(announcements.find(articleId).orElseThrow().isCompleted()).isTrue();
    }

    @Test
    void aSubscriberWhoLeavesWhileTheMailIsQueuedGetsNothing() {
        List<TestSubscriber> subscribers = confirmedSubscribers("reader", domain, 3);
        String articleId = "left-" + domain;
        String title = "Who reads to the end? " + articleId;
        handler.handle(published(articleId, 1, title, Instant.now()));
        TestSubscriber leaving = subscribers.get(1);
        jdbcTemplate.update("update subscriber set status = 'UNSUBSCRIBED' where id = ?", leaving.id());
        ArticleMailSender sender = new ArticleMailSender(deliveries, announcements, articleMail, messageIds, links,
                smtp, properties);

        LeasedBatch batch;
        while (!(batch = lease()).isEmpty()) {
            sender.send(batch, () -> false);
        }

        assertThat(mailCountsByRecipient(mailsToDomain(domain), title)).containsOnlyKeys(
                subscribers.get(0).email(), subscribers.get(2).email());
        assertThat(jdbcTemplate.queryForObject("select status from delivery where article_id = ? and subscriber_id = ?",
                String.class, articleId, leaving.id())).isEqualTo("SKIPPED");
        assertThat(deliveries.count(articleId).skipped()).isOne();
    }

    @Test
    void eachMailGoesOutOnlyOnceItsRowIsInFlightAndItsPersonalLinksAreStoredAndIsRecordedAfterwards() {
        List<TestSubscriber> subscribers = confirmedSubscribers("reader", domain, 3);
        String articleId = "in-flight-" + domain;
        String title = "What does a sender commit before it mails? " + articleId;
        handler.handle(published(articleId, 1, title, Instant.now()));
        List<String> seenWhileSending = new java.util.ArrayList<>();
        ArticleMailSender sender = new ArticleMailSender(deliveries, announcements, articleMail, messageIds, links,
                observing(smtp, message -> {
                    String to = recipients(message).get(0);
                    if (!to.endsWith("@" + domain)) {
                        return;
                    }
                    String token = unsubscribeToken(message);
                    seenWhileSending.add(to + ": " + jdbcTemplate.queryForObject("select d.status, d.in_flight from"
                                    + " delivery d join subscriber s on s.id = d.subscriber_id where d.article_id = ?"
                                    + " and s.email = ?", (row, n) -> row.getString("status")
                                    + (row.getBoolean("in_flight") ? " in flight" : " not in flight"), articleId, to)
                            + ", token stored " + jdbcTemplate.queryForObject("select count(*) from subscriber_token"
                                    + " where token_hash = ?", Integer.class,
                            org.healthjournal.pipeline.notifier.subscriptions.SubscriptionTokens.hash(token)));
                }), properties);

        LeasedBatch batch;
        while (!(batch = lease()).isEmpty()) {
            assertThat(sender.send(batch, () -> false)).isEqualTo(ArticleMailSender.Result.DONE);
        }

        assertThat(seenWhileSending).containsExactlyInAnyOrderElementsOf(subscribers.stream()
                .map(s -> s.email() + ": PENDING in flight, token stored 1").toList());
        assertThat(sentToDomain(articleId)).isEqualTo(3);
        assertThat(deliveries.count(articleId).pending()).isZero();
        assertThat(jdbcTemplate.queryForObject("select count(*) from delivery where article_id = ? and in_flight",
                Integer.class, articleId)).isZero();
    }

    @Test
    void aSenderKeepsItsConnectionForTheNextBatchAndOpensANewOneOnlyOnceTheOldOneBroke() {
        List<TestSubscriber> subscribers = confirmedSubscribers("reader", domain, 9);
        String articleId = "kept-connection-" + domain;
        String title = "Can one connection carry a whole list? " + articleId;
        handler.handle(published(articleId, 1, title, Instant.now()));
        AtomicInteger opened = new AtomicInteger();
        java.util.concurrent.atomic.AtomicBoolean broken = new java.util.concurrent.atomic.AtomicBoolean();
        ArticleMailSender sender = new ArticleMailSender(deliveries, announcements, articleMail, messageIds, links,
                breakable(smtp, opened, broken), properties);

        try (SenderConnection connection = sender.connection()) {
            assertThat(sender.send(lease(), () -> false, connection)).isEqualTo(ArticleMailSender.Result.DONE);
            assertThat(sender.send(lease(), () -> false, connection)).isEqualTo(ArticleMailSender.Result.DONE);
            assertThat(opened).as("two batches, one connection").hasValue(1);

            broken.set(true);
            LeasedBatch batch;
            while (!(batch = lease()).isEmpty()) {
                assertThat(sender.send(batch, () -> false, connection)).isEqualTo(ArticleMailSender.Result.DONE);
            }
            assertThat(opened).as("a new one after the first broke, kept for the rest").hasValue(2);
        }

        assertThat(mailCountsByRecipient(mailsToDomain(domain), title)).hasSize(subscribers.size())
                .allSatisfy((to, count) -> assertThat(count).as(to).isOne());
        assertThat(sentToDomain(articleId)).isEqualTo(subscribers.size());
        assertThat(deliveries.count(articleId).pending()).isZero();
    }

    /** SENT rows of the article to this test's subscribers (others of the database may be in its audience). */
    private int sentToDomain(String articleId) {
        return jdbcTemplate.queryForObject("select count(*) from delivery d join subscriber s on s.id = d.subscriber_id"
                + " where d.article_id = ? and s.email like ? and d.status = 'SENT'", Integer.class, articleId,
                "%@" + domain);
    }

    /** The real server; the connection open when {@code broken} is set says it is closed. */
    private static SmtpConnections breakable(SmtpConnections real, AtomicInteger opened,
            java.util.concurrent.atomic.AtomicBoolean broken) {
        return new SmtpConnections() {
            @Override
            public Session session() {
                return real.session();
            }

            @Override
            public SmtpConnection open() throws MessagingException {
                SmtpConnection connection = real.open();
                opened.incrementAndGet();
                broken.set(false);
                java.util.concurrent.atomic.AtomicBoolean mine = broken;
                int generation = opened.get();
                return new SmtpConnection() {
                    @Override
                    public SmtpOutcome send(MimeMessage message) {
                        return connection.send(message);
                    }

                    @Override
                    public boolean isOpen() {
                        return !(mine.get() && opened.get() == generation) && connection.isOpen();
                    }

                    @Override
                    public void close() throws MessagingException {
                        connection.close();
                    }
                };
            }
        };
    }

    private LeasedBatch lease() {
        Instant now = Instant.now();
        return deliveries.lease("test-sender", 3, now, now.plus(properties.sender().lease()));
    }

    private static String unsubscribeToken(MimeMessage message) {
        try {
            String header = message.getHeader("List-Unsubscribe", null);
            return header.substring(header.indexOf("token=") + "token=".length(), header.length() - 1);
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The real server, showing each message to {@code beforeSending} first. */
    private static SmtpConnections observing(SmtpConnections real,
            java.util.function.Consumer<MimeMessage> beforeSending) {
        return decorated(real, beforeSending, () -> {
        });
    }

    /** The real server, but saying goodbye fails — after every message of the batch was accepted. */
    private static SmtpConnections failingOnClose(SmtpConnections real, AtomicInteger closeFailures) {
        return decorated(real, message -> {
        }, () -> {
            closeFailures.incrementAndGet();
            throw new MessagingException("test: connection reset while waiting for the answer to QUIT");
        });
    }

    /** What happens after the real connection closed. */
    @FunctionalInterface
    private interface AfterClose {
        void run() throws MessagingException;
    }

    /** The real server's connections, with {@code beforeSending} shown each message and {@code afterClose} run on close. */
    private static SmtpConnections decorated(SmtpConnections real,
            java.util.function.Consumer<MimeMessage> beforeSending, AfterClose afterClose) {
        return new SmtpConnections() {
            @Override
            public Session session() {
                return real.session();
            }

            @Override
            public SmtpConnection open() throws MessagingException {
                SmtpConnection connection = real.open();
                return new SmtpConnection() {
                    @Override
                    public SmtpOutcome send(MimeMessage message) {
                        beforeSending.accept(message);
                        return connection.send(message);
                    }

                    @Override
                    public boolean isOpen() {
                        return connection.isOpen();
                    }

                    @Override
                    public void close() throws MessagingException {
                        connection.close();
                        afterClose.run();
                    }
                };
            }
        };
    }
}
