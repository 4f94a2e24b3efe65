package org.healthjournal.pipeline.notifier.subscriptions;

import org.healthjournal.pipeline.notifier.NotifierProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Double opt-in: subscribe, confirm by the link in the mail, unsubscribe by the link in every
 * article mail. What callers see never tells whether an address was known already, and no
 * request waits for a mail server: confirmation mails are queued in the database and sent by
 * the {@link ConfirmationSender}.
 */
@Service
public class Subscriptions {

    private static final Logger log = LoggerFactory.getLogger(Subscriptions.class);

    private final Subscribers subscribers;
    private final SubscriberTokens tokens;
    private final ConfirmationWakeUp confirmationWakeUp;
    private final TransactionTemplate transactions;
    private final Duration resendInterval;
    private final Duration manageTtl;

    Subscriptions(Subscribers subscribers, SubscriberTokens tokens, ConfirmationWakeUp confirmationWakeUp,
            TransactionTemplate transactions, NotifierProperties properties) {
        this.subscribers = subscribers;
        this.tokens = tokens;
        this.confirmationWakeUp = confirmationWakeUp;
        this.transactions = transactions;
        this.resendInterval = properties.confirmationResendInterval();
        this.manageTtl = properties.links().manageTtl();
    }

    /**
     * Records the address as pending, with its choice of categories (none = all), and queues a
     * confirmation mail, unless it is subscribed already (then nothing changes: its categories
     * are changed on the manage page, which only the mailbox's owner can reach).
     */
    public void subscribe(String address, List<String> categories) {
        String email = EmailAddresses.normalise(address);
        String mailbox = EmailAddresses.key(address);
        List<String> slugs = Categories.slugs(categories);
        boolean queued;
        try {
            queued = transactions.execute(status -> queueConfirmation(email, mailbox, slugs, Instant.now()));
        } catch (DuplicateKeyException sameAddressSubscribedConcurrently) {
            queued = transactions.execute(status -> queueConfirmation(email, mailbox, slugs, Instant.now()));
        }
        if (queued) {
            // after the commit, so the sender sees the row
            confirmationWakeUp.signal();
        }
    }

    private boolean queueConfirmation(String email, String mailbox, List<String> slugs, Instant now) {
        Optional<Subscriber> existing = subscribers.findByMailbox(mailbox);
        if (existing.isEmpty()) {
            Subscriber subscriber = subscribers.insertPending(email, mailbox, now);
            subscribers.chooseCategories(subscriber.id(), slugs);
            log.info("subscriber {} pending; confirmation mail queued", subscriber.id());
            return true;
        }
        Subscriber subscriber = existing.get();
        switch (subscriber.status()) {
            case CONFIRMED -> {
                return false;
            }
            case UNSUBSCRIBED -> {
                subscribers.restartPending(subscriber.id(), now);
                subscribers.chooseCategories(subscriber.id(), slugs);
                tokens.revoke(subscriber.id(), TokenPurpose.CONFIRM);
                log.info("subscriber {} subscribes again; confirmation mail queued", subscriber.id());
                return true;
            }
            default -> {
                subscribers.chooseCategories(subscriber.id(), slugs);
                boolean requestedRecently = subscribers.confirmationRequestedAt(subscriber.id())
                        .filter(requested -> requested.plus(resendInterval).isAfter(now)).isPresent();
                if (requestedRecently) {
                    return false;
                }
                subscribers.requestConfirmation(subscriber.id(), now);
                return true;
            }
        }
    }

    /**
     * Confirms the address a confirmation link was mailed to. The first use answers with a
     * personal unsubscribe link; a link used before confirms nothing new and carries none, so
     * whoever finds an old confirmation mail learns nothing and can do nothing.
     */
    public Optional<Confirmation> confirm(String confirmToken) {
        return transactions.execute(status -> {
            Instant now = Instant.now();
            Optional<IssuedToken> token = tokens.find(confirmToken, TokenPurpose.CONFIRM);
            if (token.isEmpty() || token.get().expiredAt(now)) {
                return Optional.<Confirmation>empty();
            }
            Optional<Subscriber> subscriber = subscribers.findById(token.get().subscriberId());
            if (subscriber.isEmpty()) {
                return Optional.<Confirmation>empty();
            }
            if (token.get().usedAt() != null || subscriber.get().status() != SubscriberStatus.PENDING) {
                return Optional.of(new Confirmation(subscriber.get().id(), null));
            }
            subscribers.confirm(subscriber.get().id(), now);
            tokens.markUsed(token.get(), now);
            log.info("subscriber {} confirmed", subscriber.get().id());
            String mailToken = tokens.issue(subscriber.get().id(), TokenPurpose.MAIL, now, now.plus(manageTtl));
            return Optional.of(new Confirmation(subscriber.get().id(), mailToken));
        });
    }

    /**
     * The subscriber a mail's link belongs to, without changing anything. The manage expiry does
     * not apply: an unsubscribe link works until its token is deleted ({@code links.unsubscribe-ttl}).
     */
    public Optional<Subscriber> findByUnsubscribeToken(String mailToken) {
        return tokens.find(mailToken, TokenPurpose.MAIL).flatMap(token -> subscribers.findById(token.subscriberId()));
    }

    /** Stops all mail to the address at once; unsubscribing again changes nothing. */
    public Optional<Subscriber> unsubscribe(String mailToken) {
        return transactions.execute(status -> findByUnsubscribeToken(mailToken).map(subscriber -> {
            if (subscriber.status() != SubscriberStatus.UNSUBSCRIBED) {
                subscribers.unsubscribe(subscriber.id(), Instant.now());
                // an old confirmation link must not silently subscribe the address again
                tokens.revoke(subscriber.id(), TokenPurpose.CONFIRM);
                log.info("subscriber {} unsubscribed", subscriber.id());
            }
            return subscriber;
        }));
    }

    /**
     * What a confirmation link did.
     *
     * @param mailToken a fresh token for the page's unsubscribe link, or null if the link was used before
     */
    public record Confirmation(String subscriberId, String mailToken) {
    }
}
