package org.healthjournal.pipeline.notifier.subscriptions;

import java.security.SecureRandom;
import java.util.Base64;

/**
 * The secrets in confirmation and unsubscribe links: whoever has one may act for the address,
 * so they are 256 random bits from a {@link SecureRandom}, URL-safe without escaping.
 */
public final class SubscriptionTokens {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final int BYTES = 32;

    private SubscriptionTokens() {
    }

    public static String newToken() {
        byte[] bytes = new byte[BYTES];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
