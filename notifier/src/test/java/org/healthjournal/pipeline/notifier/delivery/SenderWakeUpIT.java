package org.healthjournal.pipeline.notifier.delivery;

import org.healthjournal.pipeline.notifier.AbstractNotifierIT;
import org.healthjournal.pipeline.notifier.NotifierProperties;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Idle senders do not wait for their next poll when an announcement is committed in this process:
 * with a 30 s poll interval, the mail still leaves within seconds.
 */
class SenderWakeUpIT extends AbstractNotifierIT {

    private static final Duration SLOW_POLL = Duration.ofSeconds(30);

    @Autowired
    private SenderPool servicePool;
    @Autowired
    private PublishedArticleHandler handler;
    @Autowired
    private Deliveries deliveries;
    @Autowired
    private Announcements announcements;
    @Autowired
    private ArticleMailSender sender;
    @Autowired
    private DeliveryWakeUp wakeUp;
    @Autowired
    private NotifierProperties properties;

    private SenderPool slowPollingPool;
    private String domain;

    @BeforeEach
    void replaceTheServicesSendersWithSlowPollingOnes() {
        servicePool.stop();
        domain = uniqueDomain("wake");
        NotifierProperties.Sender usual = properties.sender();
        NotifierProperties slow = new NotifierProperties(properties.baseUrl(), properties.from(),
                properties.siteName(), properties.siteUrl(), properties.confirmationResendInterval(),
                new NotifierProperties.Sender(2, usual.batchSize(), usual.lease(), SLOW_POLL, usual.initialBackOff(),
                        usual.maxBackOff(), usual.suppressAfterBounces()),
                properties.links(), properties.categories(), properties.rateLimit());
        slowPollingPool = new SenderPool(deliveries, announcements, sender, wakeUp, slow);
    }

    @AfterEach
    void restoreTheServicesSenders() {
        slowPollingPool.stop();
        unsubscribeAll(domain);
        servicePool.start();
    }

    @Test
    void aCommittedAnnouncementIsMailedLongBeforeTheNextPoll() throws Exception {
        confirmedSubscribers("reader", domain, 2);
        slowPollingPool.start();
        // both senders find nothing and settle into their 30 s wait
        Thread.sleep(1_500);

        String articleId = "wake-" + domain;
        String title = "Does a short nap help? " + articleId;
        long committed = System.nanoTime();
        handler.handle(published(articleId, 1, title, Instant.now()));

        // (confirmed subscribers other tests left behind get the article too)
        await().atMost(Duration.ofSeconds(8)).until(() -> deliveries.count(articleId).pending() == 0
                && mailCountsByRecipient(mailsToDomain(domain), title).size() == 2);
        assertThat(Duration.ofNanos(System.nanoTime() - committed)).isLessThan(SLOW_POLL.dividedBy(3));
        assertThat(deliveries.count(articleId).sent()).isGreaterThanOrEqualTo(2);
    }
}
