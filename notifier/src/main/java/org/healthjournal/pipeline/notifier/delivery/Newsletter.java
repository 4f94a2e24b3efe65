package org.healthjournal.pipeline.notifier.delivery;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.healthjournal.pipeline.events.ArticlePublished;
import org.healthjournal.pipeline.notifier.NotifierProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.mail.MailException;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Service;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Mails a newly published article to every confirmed subscriber, at most once each.
 *
 * <p>Per batch: claim (commit a delivery row per subscriber), send over one SMTP connection, mark
 * sent. A crash between claim and mark loses those mails rather than repeating them; a mail the
 * server refused has its claim released and the whole event fails, so the route retries it and
 * only the released subscribers are tried again.
 */
@Service
public class Newsletter {

    private static final Logger log = LoggerFactory.getLogger(Newsletter.class);

    private final Announcements announcements;
    private final Deliveries deliveries;
    private final ArticleMail articleMail;
    private final JavaMailSender mailSender;
    private final int batchSize;

    public Newsletter(Announcements announcements, Deliveries deliveries, ArticleMail articleMail,
            JavaMailSender mailSender, NotifierProperties properties) {
        this.announcements = announcements;
        this.deliveries = deliveries;
        this.articleMail = articleMail;
        this.mailSender = mailSender;
        this.batchSize = properties.batchSize();
    }

    /**
     * Sends what is still unsent of the announcement this event started; does nothing for a later
     * version, a republication, or an announcement already completed.
     */
    public void announce(ArticlePublished article) {
        Optional<Announcement> announcement = announcements.find(article.articleId())
                .filter(found -> found.eventId().equals(article.eventId()))
                .filter(found -> !found.isCompleted());
        if (announcement.isEmpty()) {
            log.debug("article {} v{}: no announcement to send for event {}", article.articleId(),
                    article.articleVersion(), article.eventId());
            return;
        }
        int sent = 0;
        ClaimedBatch batch;
        while (!(batch = deliveries.claim(article.articleId(), announcement.get().startedAt(), batchSize,
                Instant.now())).isEmpty()) {
            sent += send(article, batch);
        }
        announcements.complete(article.articleId(), Instant.now());
        log.info("article {} v{} announced: {} mails sent", article.articleId(), article.articleVersion(), sent);
    }

    private int send(ArticlePublished article, ClaimedBatch batch) {
        Map<MimeMessage, Recipient> messages = new LinkedHashMap<>();
        List<Recipient> unusable = new ArrayList<>();
        for (Recipient recipient : batch.recipients()) {
            try {
                messages.put(articleMail.write(mailSender.createMimeMessage(), article, recipient), recipient);
            } catch (MessagingException | RuntimeException e) {
                log.warn("article {}: no mail for subscriber {}: {}", article.articleId(), recipient.subscriberId(),
                        e.getMessage());
                unusable.add(recipient);
            }
        }
        deliveries.markFailed(batch, unusable);
        if (messages.isEmpty()) {
            return 0;
        }
        try {
            mailSender.send(messages.keySet().toArray(MimeMessage[]::new));
        } catch (MailException e) {
            List<Recipient> refused = refused(e, messages);
            deliveries.release(batch, refused);
            deliveries.markSent(batch, Instant.now());
            throw new NewsletterSendException("article " + article.articleId() + ": " + refused.size() + " of "
                    + messages.size() + " mails not sent; will retry", e);
        }
        deliveries.markSent(batch, Instant.now());
        return messages.size();
    }

    /** Which mails did not go out: those named by the failure, or all if it names none. */
    private static List<Recipient> refused(MailException failure, Map<MimeMessage, Recipient> messages) {
        if (failure instanceof MailSendException send && !send.getFailedMessages().isEmpty()) {
            return send.getFailedMessages().keySet().stream()
                    .map(messages::get)
                    .filter(Objects::nonNull)
                    .toList();
        }
        return List.copyOf(messages.values());
    }
}
