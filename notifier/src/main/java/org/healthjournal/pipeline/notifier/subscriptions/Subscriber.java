package org.healthjournal.pipeline.notifier.subscriptions;

import java.time.Instant;

/** An e-mail address that asked for new articles. Its links' tokens are not here: only their hashes are stored. */
public record Subscriber(
        String id,
        String email,
        SubscriberStatus status,
        Instant confirmationSentAt,
        Instant confirmedAt) {
}
