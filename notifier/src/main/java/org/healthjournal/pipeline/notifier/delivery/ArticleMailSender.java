package org.healthjournal.pipeline.notifier.delivery;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.healthjournal.pipeline.notifier.NotifierProperties;
import org.healthjournal.pipeline.notifier.mail.IdentifiedMimeMessage;
import org.healthjournal.pipeline.notifier.mail.SmtpConnection;
import org.healthjournal.pipeline.notifier.mail.SmtpConnections;
import org.healthjournal.pipeline.notifier.mail.SmtpOutcome;
import org.healthjournal.pipeline.notifier.subscriptions.SubscriptionLinks;
import org.healthjournal.pipeline.support.logging.ArticleLogContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.function.BooleanSupplier;

/**
 * Sends one leased batch over one SMTP connection, message by message, and records each answer
 * in the ledger before sending the next mail: that way a crash leaves at most one mail whose fate
 * is unknown (see {@link Deliveries#recoverExpiredLeases}).
 *
 * <ul>
 *   <li>accepted: SENT;</li>
 *   <li>refused permanently (5xx): FAILED with the server's answer; the batch goes on;</li>
 *   <li>not accepted for now (unreachable, 4xx, timeout before DATA): PENDING again, retried after
 *       an exponential back-off;</li>
 *   <li>connection lost after DATA, before the answer: the same, flagged uncertain.</li>
 * </ul>
 * A failure closing the connection after the last answer changes nothing: every mail is recorded by then.
 */
@Component
public class ArticleMailSender {

    private static final Logger log = LoggerFactory.getLogger(ArticleMailSender.class);

    /** How a batch ended. */
    public enum Result {
        /** Every mail of the batch got an answer (or a recorded failure). */
        DONE,
        /** The server could not be reached or the connection broke: the rest of the batch was given back. */
        CONNECTION_FAILED,
        /** Stopped early (shutdown, or the lease running short); the untried rest was given back. */
        STOPPED
    }

    private final Deliveries deliveries;
    private final Announcements announcements;
    private final ArticleMail articleMail;
    private final MessageIds messageIds;
    private final SubscriptionLinks links;
    private final SmtpConnections smtp;
    private final BackOff backOff;
    private final Duration leaseMargin;
    private final int suppressAfterBounces;

    public ArticleMailSender(Deliveries deliveries, Announcements announcements, ArticleMail articleMail,
            MessageIds messageIds, SubscriptionLinks links, SmtpConnections smtp, NotifierProperties properties) {
        this.links = links;
        this.deliveries = deliveries;
        this.announcements = announcements;
        this.articleMail = articleMail;
        this.messageIds = messageIds;
        this.smtp = smtp;
        this.backOff = new BackOff(properties.sender().initialBackOff(), properties.sender().maxBackOff());
        // no new mail is started in the second half of the lease, so a slow last send (bounded by
        // the SMTP timeouts) still ends while the rows are ours
        this.leaseMargin = properties.sender().lease().dividedBy(2);
        this.suppressAfterBounces = properties.sender().suppressAfterBounces();
    }

    /** @param stopping asked before each mail; true gives the untried rest of the batch back */
    public Result send(LeasedBatch batch, BooleanSupplier stopping) {
        SmtpConnection connection;
        try {
            connection = smtp.open();
        } catch (MessagingException e) {
            log.warn("SMTP server not reachable ({}); {} mails wait for another attempt", e.getMessage(),
                    batch.mails().size());
            for (PendingMail mail : batch.mails()) {
                deferWithoutTry(batch, mail, "SMTP server not reachable: " + e.getMessage());
            }
            return Result.CONNECTION_FAILED;
        }
        Set<String> articles = new LinkedHashSet<>();
        Result result = Result.DONE;
        int accepted = 0;
        try {
            for (PendingMail mail : batch.mails()) {
                if (stopping.getAsBoolean() || Instant.now().isAfter(batch.leaseUntil().minus(leaseMargin))) {
                    result = Result.STOPPED;
                    break;
                }
                if (!connection.isOpen()) {
                    result = Result.CONNECTION_FAILED;
                    break;
                }
                articles.add(mail.articleId());
                SmtpOutcome outcome = ArticleLogContext.with(mail.articleId(), () -> sendOne(connection, batch, mail));
                if (outcome.kind() == SmtpOutcome.Kind.ACCEPTED) {
                    accepted++;
                }
            }
        } catch (RuntimeException e) {
            // e.g. the database failed while recording an answer: the rows keep their lease, and
            // when it runs out, recovery resends the one mail whose answer may be unrecorded
            close(connection, accepted);
            throw e;
        }
        int givenBack = deliveries.release(batch.leaseOwner());
        if (givenBack > 0) {
            log.info("{} untried mails of batch {} given back ({})", givenBack, batch.leaseOwner(), result);
        }
        close(connection, accepted);
        Instant now = Instant.now();
        for (String articleId : articles) {
            if (announcements.completeIfDone(articleId, now)) {
                ArticleLogContext.with(articleId, () -> {
                    log.info("article {} announced: every mail is sent, failed or skipped; {}", articleId,
                            deliveries.count(articleId));
                    return null;
                });
            }
        }
        return result;
    }

    private SmtpOutcome sendOne(SmtpConnection connection, LeasedBatch batch, PendingMail mail) {
        String owner = batch.leaseOwner();
        if (!mail.stillSubscribed()) {
            deliveries.markSkipped(mail, owner, "unsubscribed before the mail was sent");
            return SmtpOutcome.refused("unsubscribed");
        }
        MimeMessage message;
        try {
            message = articleMail.write(new IdentifiedMimeMessage(smtp.session(),
                    messageIds.of(mail.articleId(), mail.subscriberId())), mail.article(), mail.recipient(),
                    links.forMail(mail.subscriberId(), Instant.now()));
            message.saveChanges();
        } catch (MessagingException | RuntimeException e) {
            log.warn("article {}: no mail for subscriber {}: {}", mail.articleId(), mail.subscriberId(),
                    e.getMessage());
            deliveries.markFailed(mail, owner, "mail could not be written: " + e.getMessage());
            return SmtpOutcome.refused(String.valueOf(e.getMessage()));
        }
        SmtpOutcome outcome = connection.send(message);
        boolean stillOurs = switch (outcome.kind()) {
            case ACCEPTED -> deliveries.markSent(mail, owner, Instant.now());
            case REFUSED -> {
                log.warn("article {}: the server refused the mail to subscriber {} for good: {}", mail.articleId(),
                        mail.subscriberId(), outcome.detail());
                boolean recorded = deliveries.markFailed(mail, owner, outcome.detail());
                if (deliveries.countBounce(mail.subscriberId(), suppressAfterBounces, Instant.now())) {
                    log.warn("subscriber {} suppressed after {} permanent refusals: no more article mails are sent"
                            + " to the address", mail.subscriberId(), suppressAfterBounces);
                }
                yield recorded;
            }
            case DEFERRED, UNCERTAIN -> {
                boolean uncertain = outcome.kind() == SmtpOutcome.Kind.UNCERTAIN;
                Duration wait = backOff.after(mail.attempts() + 1);
                log.warn("article {}: mail to subscriber {} not accepted ({}{}); next attempt in {}", mail.articleId(),
                        mail.subscriberId(), uncertain ? "maybe delivered, will resend with the same Message-ID: " : "",
                        outcome.detail(), wait);
                yield deliveries.defer(mail, owner, Instant.now().plus(wait), outcome.detail(), uncertain);
            }
        };
        if (!stillOurs) {
            // only if this sender overran its lease, which the lease margin is there to prevent
            log.error("article {}: the lease on subscriber {}'s mail was lost before its outcome {} was recorded",
                    mail.articleId(), mail.subscriberId(), outcome.kind());
        }
        return outcome;
    }

    private void deferWithoutTry(LeasedBatch batch, PendingMail mail, String reason) {
        deliveries.defer(mail, batch.leaseOwner(), Instant.now().plus(backOff.after(mail.attempts() + 1)), reason,
                false);
    }

    private static void close(SmtpConnection connection, int accepted) {
        try {
            connection.close();
        } catch (MessagingException | RuntimeException e) {
            // every answer is recorded by now: the server took what it said it took
            log.info("closing the SMTP connection failed after {} accepted mails, which stay recorded as sent: {}",
                    accepted, e.getMessage());
        }
    }
}
