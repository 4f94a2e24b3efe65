package org.healthjournal.pipeline.notifier.subscriptions;

import java.time.Instant;

/** A stored token, found by the token a link carried. */
record IssuedToken(String hash, String subscriberId, TokenPurpose purpose, Instant expiresAt, Instant usedAt) {

    boolean expiredAt(Instant now) {
        return !expiresAt.isAfter(now);
    }
}
