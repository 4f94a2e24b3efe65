package org.healthjournal.pipeline.notifier.subscriptions;

import org.healthjournal.pipeline.notifier.NotifierProperties;
import org.springframework.stereotype.Component;

import java.time.Duration;

/**
 * The limits on the open subscribe paths: per client, so one machine cannot make us mail a
 * thousand strangers, and per mailbox, so many machines cannot flood one inbox. A limit counts
 * requests, never subscriptions, so a {@code 429} tells nothing about whether an address is known.
 */
@Component
class SubscribeRateLimits {

    private final RateLimiter perClient;
    private final RateLimiter perAddress;

    SubscribeRateLimits(NotifierProperties properties) {
        NotifierProperties.RateLimit limits = properties.rateLimit();
        this.perClient = new RateLimiter(limits.perClientPerMinute(), Duration.ofMinutes(1));
        this.perAddress = new RateLimiter(limits.perAddress(), limits.addressWindow());
    }

    /** @return zero, or how long the client must wait */
    Duration client(String clientAddress) {
        return perClient.tryAcquire(clientAddress);
    }

    /** @return zero, or how long requests for this mailbox must wait */
    Duration address(String email) {
        return perAddress.tryAcquire(EmailAddresses.key(email));
    }

    /** The {@code Retry-After} value: whole seconds, at least one. */
    static String retryAfter(Duration wait) {
        return Long.toString(Math.max(1, (wait.toMillis() + 999) / 1000));
    }
}
