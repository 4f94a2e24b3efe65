package org.healthjournal.pipeline.notifier.subscriptions;

/** Where an address stands in the double opt-in. Only {@link #CONFIRMED} addresses get article mails. */
public enum SubscriberStatus {
    PENDING,
    CONFIRMED,
    UNSUBSCRIBED
}
