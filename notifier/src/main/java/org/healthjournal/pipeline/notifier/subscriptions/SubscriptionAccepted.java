package org.healthjournal.pipeline.notifier.subscriptions;

/** The one answer to every valid subscription request, whatever the address's state was. */
public record SubscriptionAccepted(String status) {

    static final SubscriptionAccepted PENDING_CONFIRMATION = new SubscriptionAccepted("PENDING_CONFIRMATION");
}
