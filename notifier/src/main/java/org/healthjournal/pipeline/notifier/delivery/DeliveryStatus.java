package org.healthjournal.pipeline.notifier.delivery;

/** State of one (subscriber, article) mail in the delivery ledger. */
public enum DeliveryStatus {
    /** Queued, or waiting for another attempt after a transient failure (see {@code next_attempt_at}). */
    PENDING,
    /** The SMTP server accepted the mail. */
    SENT,
    /** Given up for good: the server refused the address or the mail permanently, or it could not be built. */
    FAILED,
    /** Not sent because the subscriber unsubscribed, or the article was retracted, before its turn came. */
    SKIPPED,
    /** Not sent because the address was suppressed after repeated permanent refusals. */
    SUPPRESSED
}
