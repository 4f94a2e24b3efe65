package org.healthjournal.pipeline.notifier.bounces;

import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import org.healthjournal.pipeline.events.ArticlePublished;
import org.healthjournal.pipeline.notifier.AbstractNotifierIT;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Properties;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Bounce messages in the bounce mailbox (GreenMail's IMAP) count against subscribers' addresses. */
class BounceMailboxIT extends AbstractNotifierIT {

    @Test
    void anAddressReportedBouncingThreeTimesIsSuppressedWhileADelayedOneIsNot() throws Exception {
        String domain = uniqueDomain("bounce");
        List<TestSubscriber> subscribers = confirmedSubscribers("b", domain, 2);
        String gone = subscribers.get(0).email();
        String late = subscribers.get(1).email();

        deliverToBounceMailbox(BounceMessages.report(BounceMessages.recipient(gone.toUpperCase(), "failed", "5.1.1"),
                BounceMessages.recipient(late, "delayed", "4.4.1")));
        await().atMost(TIMEOUT).until(() -> bounceCount(gone) == 1);
        deliverToBounceMailbox(BounceMessages.report(BounceMessages.recipient(gone, "failed", "5.1.1")));
        deliverToBounceMailbox("From: someone@example.org\r\nTo: " + BOUNCE_MAILBOX + "\r\nSubject: hello\r\n\r\nNot a"
                + " bounce.\r\n");
        deliverToBounceMailbox(BounceMessages.report(BounceMessages.recipient(gone, "failed", "5.1.1")));

        await().atMost(TIMEOUT).until(() -> jdbcTemplate.queryForObject(
                "select count(*) from subscriber where email = ? and suppressed_at is not null", Integer.class,
                gone) == 1);
        assertThat(bounceCount(gone)).as("each report counted once").isEqualTo(3);
        assertThat(bounceCount(late)).isZero();

        ArticlePublished article = published("bounced-" + domain.substring(7, 15), 1, "After bounces " + domain,
                Instant.now());
        publish(article);
        await().atMost(TIMEOUT).until(() -> mailsTo(late, article.title()).size() == 1);
        await().atMost(TIMEOUT).until(() -> jdbcTemplate.queryForObject(
                "select count(*) from delivery d join subscriber s on s.id = d.subscriber_id where s.email = ?"
                        + " and d.article_id = ? and d.status = 'SUPPRESSED'", Integer.class, gone,
                article.articleId()) == 1);
        assertThat(mailsTo(gone)).isEmpty();
        unsubscribeAll(domain);
    }

    private int bounceCount(String email) {
        return jdbcTemplate.queryForObject("select bounce_count from subscriber where email = ?", Integer.class,
                email);
    }

    private static void deliverToBounceMailbox(String raw) throws Exception {
        BOUNCES.deliver(new MimeMessage(Session.getInstance(new Properties()),
                new ByteArrayInputStream(raw.getBytes(StandardCharsets.UTF_8))));
    }
}
