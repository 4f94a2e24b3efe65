package org.healthjournal.pipeline.notifier.delivery;

import org.healthjournal.pipeline.notifier.AbstractNotifierIT;
import org.healthjournal.pipeline.notifier.NotifierProperties;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.Instant;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** A long fan-out survives its senders stopping half-way, and a second instance joining in. */
class FanOutRestartIT extends AbstractNotifierIT {

    private static final int SUBSCRIBERS = 2000;

    @Autowired
    private SenderPool senderPool;
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

    @Test
    void aFanOutStoppedMidwayAndResumedByTwoInstancesMailsEverySubscriberExactlyOnce() {
        String domain = uniqueDomain("restart");
        confirmedSubscribers("reader", domain, SUBSCRIBERS);
        String articleId = "restart-" + domain;
        String title = "Can a long list be mailed in one go? " + articleId;
        // another notifier instance on the same database: its own senders, its own leases
        SenderPool otherInstance = new SenderPool(deliveries, announcements, sender, wakeUp, properties);
        try {
            publish(published(articleId, 1, title, Instant.now()));
            await().atMost(TIMEOUT).until(() -> mailsToDomain(domain).size() >= 300);

            senderPool.stop();

            int receivedWhenStopped = mailsToDomain(domain).size();
            assertThat(receivedWhenStopped).as("stopped mid-way").isLessThan(SUBSCRIBERS);
            assertThat(sentInLedger(domain)).as("every mail the server took is recorded")
                    .isEqualTo(receivedWhenStopped);
            assertThat(deliveries.count(articleId).pending()).isPositive();

            senderPool.start();
            otherInstance.start();
            await().atMost(TIMEOUT).until(() -> announcements.find(articleId).filter(Announcement::isCompleted)
                    .isPresent());

            Map<String, Long> mails = mailCountsByRecipient(mailsToDomain(domain), title);
            assertThat(mails).hasSize(SUBSCRIBERS);
            assertThat(mails.values()).as("mails per subscriber").containsOnly(1L);
            assertThat(sentInLedger(domain)).isEqualTo(SUBSCRIBERS);
            assertThat(deliveries.count(articleId).pending()).isZero();
        } finally {
            otherInstance.stop();
            senderPool.start();
            unsubscribeAll(domain);
        }
    }

    private int sentInLedger(String domain) {
        return jdbcTemplate.queryForObject("select count(*) from delivery d join subscriber s on s.id = d.subscriber_id"
                + " where s.email like ? and d.status = 'SENT'", Integer.class, "%@" + domain);
    }
}
