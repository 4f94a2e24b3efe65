package org.healthjournal.pipeline.notifier.subscriptions;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The manage page's actions, reached by the personal link in a mail while it has not expired:
 * change categories, export, erase. The link's token is the only credential, as for unsubscribing.
 */
@Service
public class SubscriptionManagement {

    private static final Logger log = LoggerFactory.getLogger(SubscriptionManagement.class);

    private final Subscribers subscribers;
    private final SubscriberTokens tokens;
    private final TransactionTemplate transactions;

    SubscriptionManagement(Subscribers subscribers, SubscriberTokens tokens, TransactionTemplate transactions) {
        this.subscribers = subscribers;
        this.tokens = tokens;
        this.transactions = transactions;
    }

    /** What a manage link opens. */
    public record Access(State state, Subscriber subscriber, List<String> categories) {

        public enum State { OPEN, EXPIRED, INVALID }

        static Access invalid() {
            return new Access(State.INVALID, null, List.of());
        }
    }

    public Access open(String mailToken) {
        Optional<IssuedToken> token = mailToken == null || mailToken.isBlank() ? Optional.empty()
                : tokens.find(mailToken, TokenPurpose.MAIL);
        if (token.isEmpty()) {
            return Access.invalid();
        }
        Optional<Subscriber> subscriber = subscribers.findById(token.get().subscriberId())
                .filter(found -> found.status() != SubscriberStatus.ERASED);
        if (subscriber.isEmpty()) {
            return Access.invalid();
        }
        if (token.get().expiredAt(Instant.now())) {
            return new Access(Access.State.EXPIRED, null, List.of());
        }
        return new Access(Access.State.OPEN, subscriber.get(), subscribers.categories(subscriber.get().id()));
    }

    public void chooseCategories(Subscriber subscriber, List<String> categories) {
        transactions.executeWithoutResult(status -> subscribers.chooseCategories(subscriber.id(),
                Categories.slugs(categories)));
        log.info("subscriber {} changed categories", subscriber.id());
    }

    public SubscriberExport export(Subscriber subscriber) {
        return subscribers.export(subscriber.id());
    }

    public void erase(Subscriber subscriber) {
        transactions.executeWithoutResult(status -> subscribers.erase(subscriber.id(), Instant.now()));
        log.info("subscriber {} erased", subscriber.id());
    }
}
