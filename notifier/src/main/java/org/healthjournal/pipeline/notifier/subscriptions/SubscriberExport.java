package org.healthjournal.pipeline.notifier.subscriptions;

import java.time.Instant;
import java.util.List;

/**
 * What a subscriber can download about themselves from the manage page (JSON).
 *
 * @param categories the chosen category slugs; empty = every category
 * @param mails every article mail queued for them, with its outcome
 */
public record SubscriberExport(Subscription subscription, List<String> categories, List<Mail> mails) {

    public record Subscription(String email, String status, Instant subscribedAt, Instant confirmedAt,
            Instant unsubscribedAt) {
    }

    public record Mail(String articleId, String title, String status, Instant sentAt) {
    }
}
