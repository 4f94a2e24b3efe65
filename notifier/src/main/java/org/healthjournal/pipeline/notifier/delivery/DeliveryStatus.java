package org.healthjournal.pipeline.notifier.delivery;

/** State of one (subscriber, article) mail. */
public enum DeliveryStatus {
    /** Committed before sending; if the service died right after, the mail may or may not have gone out. */
    CLAIMED,
    SENT,
    /** The mail could not even be built for this address (kept, so it is not retried forever). */
    FAILED
}
