package org.healthjournal.pipeline.notifier.delivery;

/** A confirmed subscriber claimed for one article mail. */
public record Recipient(String subscriberId, String email) {
}
