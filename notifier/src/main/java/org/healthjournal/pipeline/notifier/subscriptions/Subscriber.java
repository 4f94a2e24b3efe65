package org.healthjournal.pipeline.notifier.subscriptions;

import java.time.Instant;

/** An e-mail address that asked for new articles, with its secret links' tokens. */
public record Subscriber(
        String id,
        String email,
        SubscriberStatus status,
        String confirmToken,
        String unsubscribeToken,
        Instant confirmationSentAt,
        Instant confirmedAt) {
}
