package org.healthjournal.pipeline.notifier.subscriptions;

/** What a token in a link lets its holder do. */
public enum TokenPurpose {
    /** The double opt-in link; expires ({@code pipeline.notifier.links.confirm-ttl}). */
    CONFIRM,
    /**
     * The personal link in a mail: manage the subscription until it expires
     * ({@code pipeline.notifier.links.manage-ttl}), unsubscribe much longer (RFC 8058 links in old
     * mails are used too) until the token is deleted ({@code unsubscribe-ttl}).
     */
    MAIL
}
