package org.healthjournal.pipeline.notifier.subscriptions;

import org.healthjournal.pipeline.notifier.NotifierProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.mail.MailException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Double opt-in: subscribe, confirm by the link in the mail, unsubscribe by the link in every
 * article mail. What callers see never tells whether an address was known already.
 */
@Service
public class Subscriptions {

    private static final Logger log = LoggerFactory.getLogger(Subscriptions.class);

    private final Subscribers subscribers;
    private final ConfirmationMail confirmationMail;
    private final TransactionTemplate transactions;
    private final Duration resendInterval;

    Subscriptions(Subscribers subscribers, ConfirmationMail confirmationMail, TransactionTemplate transactions,
            NotifierProperties properties) {
        this.subscribers = subscribers;
        this.confirmationMail = confirmationMail;
        this.transactions = transactions;
        this.resendInterval = properties.confirmationResendInterval();
    }

    /** Records the address as pending and mails it a confirmation link, unless it is subscribed already. */
    public void subscribe(String address) {
        String email = EmailAddresses.normalise(address);
        String mailbox = EmailAddresses.key(address);
        Optional<Subscriber> toConfirm;
        try {
            toConfirm = transactions.execute(status -> needsConfirmation(email, mailbox, Instant.now()));
        } catch (DuplicateKeyException sameAddressSubscribedConcurrently) {
            toConfirm = transactions.execute(status -> needsConfirmation(email, mailbox, Instant.now()));
        }
        toConfirm.ifPresent(this::sendConfirmation);
    }

    private Optional<Subscriber> needsConfirmation(String email, String mailbox, Instant now) {
        Optional<Subscriber> existing = subscribers.findByMailbox(mailbox);
        if (existing.isEmpty()) {
            return Optional.of(subscribers.insertPending(email, mailbox, now));
        }
        Subscriber subscriber = existing.get();
        return switch (subscriber.status()) {
            case CONFIRMED -> Optional.empty();
            case UNSUBSCRIBED -> Optional.of(subscribers.restartPending(subscriber));
            case PENDING -> sentRecently(subscriber, now) ? Optional.empty() : Optional.of(subscriber);
        };
    }

    private boolean sentRecently(Subscriber subscriber, Instant now) {
        return subscriber.confirmationSentAt() != null
                && subscriber.confirmationSentAt().plus(resendInterval).isAfter(now);
    }

    private void sendConfirmation(Subscriber subscriber) {
        try {
            confirmationMail.send(subscriber);
        } catch (MailException e) {
            log.warn("confirmation mail for subscriber {} not sent: {}", subscriber.id(), e.getMessage());
            throw new ConfirmationMailFailedException(e);
        }
        subscribers.markConfirmationSent(subscriber.id(), Instant.now());
        log.info("confirmation mail sent to subscriber {}", subscriber.id());
    }

    /** Confirms the address the token was mailed to; confirming again changes nothing. */
    public Optional<Subscriber> confirm(String confirmToken) {
        return transactions.execute(status -> subscribers.findByConfirmToken(confirmToken).map(subscriber -> {
            if (subscriber.status() == SubscriberStatus.PENDING) {
                subscribers.confirm(subscriber.id(), Instant.now());
                log.info("subscriber {} confirmed", subscriber.id());
            }
            return subscriber;
        }));
    }

    /** The subscriber an unsubscribe link belongs to, without changing anything. */
    public Optional<Subscriber> findByUnsubscribeToken(String unsubscribeToken) {
        return subscribers.findByUnsubscribeToken(unsubscribeToken);
    }

    /** Stops all mail to the address at once; unsubscribing again changes nothing. */
    public Optional<Subscriber> unsubscribe(String unsubscribeToken) {
        return transactions.execute(status -> subscribers.findByUnsubscribeToken(unsubscribeToken).map(subscriber -> {
            if (subscriber.status() != SubscriberStatus.UNSUBSCRIBED) {
                subscribers.unsubscribe(subscriber.id(), Instant.now());
                log.info("subscriber {} unsubscribed", subscriber.id());
            }
            return subscriber;
        }));
    }
}
