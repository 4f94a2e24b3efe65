package org.healthjournal.pipeline.notifier.delivery;

import com.icegreen.greenmail.Managers;
import com.icegreen.greenmail.store.StoredMessage;
import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.internet.MimeMessage;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.healthjournal.pipeline.events.Topics;
import org.healthjournal.pipeline.notifier.AbstractNotifierIT;
import org.healthjournal.pipeline.notifier.NotifierTestMail;
import org.healthjournal.pipeline.testkit.TestTopics;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mail.javamail.JavaMailSenderImpl;

import java.io.IOException;
import java.net.ServerSocket;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The SMTP server goes away in the middle of a fan-out and comes back on the same port. Runs
 * against a server of its own, so that stopping it disturbs no other test.
 */
class SmtpOutageIT extends AbstractNotifierIT {

    private static final int SUBSCRIBERS = 400;

    @Autowired
    private JavaMailSenderImpl mailSender;
    @Autowired
    private Deliveries deliveries;
    @Autowired
    private Announcements announcements;

    @Test
    void anOutageMidFanOutEndsWithEveryMailDeliveredOnceWhileNewArticlesAreTakenOffKafkaAtOnce() throws Exception {
        int port = freePort();
        int servicePort = mailSender.getPort();
        String domain = uniqueDomain("outage");
        GreenMail before = NotifierTestMail.startSmtpOn(port);
        GreenMail after = null;
        mailSender.setPort(port);
        try {
            confirmedSubscribers("reader", domain, SUBSCRIBERS);
            String first = "outage-1-" + domain;
            String second = "outage-2-" + domain;
            publish(published(first, 1, "Before the outage " + first, Instant.now()));
            await().atMost(TIMEOUT).until(() -> before.getReceivedMessagesForDomain(domain).length >= 50);

            Managers receivedBefore = before.getManagers();
            before.stop();

            RecordMetadata record = TestTopics.send(Topics.PUBLISHED,
                    published(second, 1, "During the outage " + second, Instant.now()));
            TestTopics.awaitHandled("notifier", record);
            assertThat(deliveries.count(second).pending()).as("queued, not sent, when its offset was committed")
                    .isGreaterThanOrEqualTo(SUBSCRIBERS);
            assertThat(deliveries.count(second).sent()).isZero();
            await().atMost(TIMEOUT).until(() -> jdbcTemplate.queryForObject("select count(*) from delivery"
                    + " where article_id in (?, ?) and attempts > 0", Integer.class, first, second) > 0);
            assertThat(deliveries.count(first).pending()).as("the outage hit mid fan-out").isPositive();

            after = NotifierTestMail.startSmtpOn(port);
            await().atMost(TIMEOUT).until(() -> completed(first) && completed(second));

            List<MimeMessage> received = new ArrayList<>(stored(receivedBefore));
            received.addAll(List.of(after.getReceivedMessagesForDomain(domain)));
            Map<String, String> articleOfTitle = Map.of("Before the outage " + first, first,
                    "During the outage " + second, second);
            for (Map.Entry<String, String> article : articleOfTitle.entrySet()) {
                String title = article.getKey();
                List<MimeMessage> mails = received.stream()
                        .filter(mail -> recipients(mail).get(0).endsWith("@" + domain))
                        .filter(mail -> title.equals(subjectOf(mail)))
                        .toList();
                Map<String, Set<String>> messageIds = mails.stream().collect(Collectors.groupingBy(
                        mail -> recipients(mail).get(0), Collectors.mapping(mail -> messageIdOf(mail), Collectors.toSet())));
                assertThat(messageIds).as(title).hasSize(SUBSCRIBERS);
                // one mail per reader; a stop that cuts a connection between the server storing a mail
                // and its answer is the one uncertain case: resent with the same Message-ID, and counted
                assertThat(messageIds.values()).as(title).allSatisfy(ids -> assertThat(ids).hasSize(1));
                long resent = mails.size() - SUBSCRIBERS;
                assertThat(deliveries.count(article.getValue()).uncertain()).as(title).isGreaterThanOrEqualTo(resent);
            }
            assertThat(deliveries.count(first).failed()).isZero();
            assertThat(deliveries.count(second).failed()).isZero();
            assertThat(TestTopics.readAll(Topics.DEAD_LETTER)).noneMatch(dead ->
                    first.equals(dead.key()) || second.equals(dead.key()));
        } finally {
            mailSender.setPort(servicePort);
            before.stop();
            if (after != null) {
                after.stop();
            }
            unsubscribeAll(domain);
        }
    }

    private boolean completed(String articleId) {
        return announcements.find(articleId).filter(Announcement::isCompleted).isPresent();
    }

    /** What a stopped server had received (stopping it swaps its store for an empty one). */
    private static List<MimeMessage> stored(Managers managers) {
        return managers.getImapHostManager().getAllMessages().stream().map(StoredMessage::getMimeMessage).toList();
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
