package org.healthjournal.pipeline.notifier.delivery;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.healthjournal.pipeline.notifier.NotifierProperties;
import org.healthjournal.pipeline.notifier.mail.IdentifiedMimeMessage;
import org.healthjournal.pipeline.notifier.mail.SmtpConnection;
import org.healthjournal.pipeline.notifier.mail.SmtpConnections;
import org.healthjournal.pipeline.notifier.mail.SmtpOutcome;
import org.healthjournal.pipeline.notifier.subscriptions.PersonalLinks;
import org.healthjournal.pipeline.notifier.subscriptions.SubscriptionLinks;
import org.healthjournal.pipeline.support.logging.ArticleLogContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BooleanSupplier;

/**
 * Sends one leased batch over one SMTP connection, message by message, and records the answers of
 * the whole batch in the ledger in one transaction once the batch is through. The lease marked the
 * batch's rows in flight; the personal-link tokens of its mails are stored (one transaction) before
 * the first mail goes out, so every link in a sent mail works. A crash leaves at most the one batch
 * in flight — {@code pipeline.notifier.sender.batch-size} mails — with answers unknown: lease
 * recovery marks exactly those uncertain and they go out again with the same Message-ID (see
 * {@link Deliveries#recoverExpiredLeases}). A redelivered event never mails anyone twice
 * regardless: the ledger has one row per subscriber and article.
 *
 * <ul>
 *   <li>accepted: SENT;</li>
 *   <li>refused permanently (5xx): FAILED with the server's answer, counted against the address; the
 *       batch goes on;</li>
 *   <li>not accepted for now (unreachable, 4xx, timeout before DATA): PENDING again, retried after
 *       an exponential back-off;</li>
 *   <li>connection lost after DATA, before the answer: the same, flagged uncertain.</li>
 * </ul>
 * The article's part of the mail is rendered once per batch ({@link ArticleMail#prepare}); only
 * the personal links differ from reader to reader. The senders of the pool keep their connection
 * from one batch to the next ({@link SenderConnection}). A failure closing a connection changes
 * nothing: every answer is recorded by then.
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
        // the SMTP timeouts) and recording the batch still end while the rows are ours
        this.leaseMargin = properties.sender().lease().dividedBy(2);
        this.suppressAfterBounces = properties.sender().suppressAfterBounces();
    }

    /**
     * Sends the batch over a connection of its own, closed at the end.
     *
     * @param stopping asked before each mail; true gives the untried rest of the batch back
     */
    public Result send(LeasedBatch batch, BooleanSupplier stopping) {
        try (SenderConnection connection = new SenderConnection(smtp)) {
            return send(batch, stopping, connection);
        }
    }

    /** A connection to send batches over, kept open between them by its user (see {@link SenderConnection}). */
    SenderConnection connection() {
        return new SenderConnection(smtp);
    }

    /**
     * Sends the batch over the sender's connection, which stays open for the next batch unless it
     * failed (then it is closed).
     *
     * @param stopping asked before each mail; true gives the untried rest of the batch back
     */
    Result send(LeasedBatch batch, BooleanSupplier stopping, SenderConnection senderConnection) {
        String owner = batch.leaseOwner();
        SmtpConnection connection;
        try {
            connection = senderConnection.get();
        } catch (MessagingException e) {
            log.warn("SMTP server not reachable ({}); {} mails wait for another attempt", e.getMessage(),
                    batch.mails().size());
            Instant now = Instant.now();
            record(owner, batch.mails().stream().map(mail -> MailResult.deferred(mail,
                    "SMTP server not reachable: " + e.getMessage(), now.plus(backOff.after(mail.attempts() + 1)),
                    false)).toList());
            return Result.CONNECTION_FAILED;
        }
        List<MailResult> results = new ArrayList<>(batch.mails().size());
        List<PendingMail> sendable = new ArrayList<>(batch.mails().size());
        for (PendingMail mail : batch.mails()) {
            if (mail.stillSubscribed()) {
                sendable.add(mail);
            } else {
                results.add(MailResult.skipped(mail, "unsubscribed before the mail was sent"));
            }
        }
        Set<String> articles = new LinkedHashSet<>();
        Result result = Result.DONE;
        try {
            // stored before the first mail goes out: every link in a mail the server took works
            List<PersonalLinks> personalLinks = links.forMails(
                    sendable.stream().map(PendingMail::subscriberId).toList(), Instant.now());
            Map<AnnouncedArticle, ArticleMail.Prepared> prepared = new HashMap<>();
            boolean open = true;
            for (int i = 0; i < sendable.size(); i++) {
                PendingMail mail = sendable.get(i);
                if (stopping.getAsBoolean() || Instant.now().isAfter(batch.leaseUntil().minus(leaseMargin))) {
                    result = Result.STOPPED;
                    break;
                }
                // after an accepted mail the connection is fine; asking costs a round trip (NOOP)
                if (!open && !connection.isOpen()) {
                    result = Result.CONNECTION_FAILED;
                    break;
                }
                articles.add(mail.articleId());
                PersonalLinks linksOfMail = personalLinks.get(i);
                MailResult sent = ArticleLogContext.with(mail.articleId(),
                        () -> sendOne(connection, mail, prepared, linksOfMail));
                results.add(sent);
                open = sent.kind() == MailResult.Kind.SENT;
                if (open) {
                    senderConnection.accepted();
                }
            }
        } catch (RuntimeException e) {
            // e.g. the database failed: what is not recorded keeps its lease and its in-flight mark,
            // and when the lease runs out, recovery resends the mails in flight, marked uncertain
            try {
                record(owner, results);
            } catch (RuntimeException alsoFailed) {
                e.addSuppressed(alsoFailed);
            }
            senderConnection.close();
            throw e;
        }
        // recorded at once: nothing slow (closing a connection, the next batch) comes before it
        record(owner, results);
        Set<PendingMail> answered = new HashSet<>();
        results.forEach(answer -> answered.add(answer.mail()));
        int givenBack = deliveries.release(owner, batch.mails().stream().filter(mail -> !answered.contains(mail))
                .toList());
        if (givenBack > 0) {
            log.info("{} untried mails of batch {} given back ({})", givenBack, owner, result);
        }
        if (result == Result.CONNECTION_FAILED) {
            senderConnection.close();
        }
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

    /** @param prepared the batch's articles, each rendered once (on its first mail) */
    private MailResult sendOne(SmtpConnection connection, PendingMail mail,
            Map<AnnouncedArticle, ArticleMail.Prepared> prepared, PersonalLinks personalLinks) {
        MimeMessage message;
        try {
            ArticleMail.Prepared mailOfArticle = prepared.get(mail.article());
            if (mailOfArticle == null) {
                mailOfArticle = articleMail.prepare(mail.article());
                prepared.put(mail.article(), mailOfArticle);
            }
            message = mailOfArticle.write(new IdentifiedMimeMessage(smtp.session(),
                    messageIds.of(mail.articleId(), mail.subscriberId())), mail.recipient(), personalLinks);
            message.saveChanges();
        } catch (MessagingException | RuntimeException e) {
            log.warn("article {}: no mail for subscriber {}: {}", mail.articleId(), mail.subscriberId(),
                    e.getMessage());
            return MailResult.unwritable(mail, "mail could not be written: " + e.getMessage());
        }
        SmtpOutcome outcome = connection.send(message);
        return switch (outcome.kind()) {
            case ACCEPTED -> MailResult.sent(mail, Instant.now());
            case REFUSED -> {
                log.warn("article {}: the server refused the mail to subscriber {} for good: {}", mail.articleId(),
                        mail.subscriberId(), outcome.detail());
                yield MailResult.refused(mail, outcome.detail());
            }
            case DEFERRED, UNCERTAIN -> {
                boolean uncertain = outcome.kind() == SmtpOutcome.Kind.UNCERTAIN;
                Duration wait = backOff.after(mail.attempts() + 1);
                log.warn("article {}: mail to subscriber {} not accepted ({}{}); next attempt in {}", mail.articleId(),
                        mail.subscriberId(), uncertain ? "maybe delivered, will resend with the same Message-ID: " : "",
                        outcome.detail(), wait);
                yield MailResult.deferred(mail, outcome.detail(), Instant.now().plus(wait), uncertain);
            }
        };
    }

    private void record(String owner, List<MailResult> results) {
        Deliveries.RecordedBatch recorded = deliveries.record(owner, results, suppressAfterBounces, Instant.now());
        for (MailResult lost : recorded.lost()) {
            // only if this sender overran its lease, which the lease margin is there to prevent
            log.error("article {}: the lease on subscriber {}'s mail was lost before its outcome {} was recorded",
                    lost.mail().articleId(), lost.mail().subscriberId(), lost.kind());
        }
        for (String subscriberId : recorded.suppressedSubscribers()) {
            log.warn("subscriber {} suppressed after {} permanent refusals: no more article mails are sent"
                    + " to the address", subscriberId, suppressAfterBounces);
        }
    }
}
