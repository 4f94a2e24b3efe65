package org.healthjournal.pipeline.notifier.subscriptions;

/** What a token in a link lets its holder do. */
public enum TokenPurpose {
    /** The double opt-in link; expires ({@code pipeline.notifier.links.confirm-ttl}). */
    CONFIRM,
    /**
     * The personal link in a mail: unsubscribe at any time (RFC 8058 links must keep working),
     * manage the subscription until it expires ({@code pipeline.notifier.links.manage-ttl}).
     */
    MAIL
}
