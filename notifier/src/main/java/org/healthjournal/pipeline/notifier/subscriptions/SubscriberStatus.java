package org.healthjournal.pipeline.notifier.subscriptions;

/** Where an address stands in the double opt-in. Only {@link #CONFIRMED} addresses get article mails. */
public enum SubscriberStatus {
    PENDING,
    CONFIRMED,
    UNSUBSCRIBED,
    /** The subscriber asked us to forget them: no address and no choices are left, only the counts. */
    ERASED
}
