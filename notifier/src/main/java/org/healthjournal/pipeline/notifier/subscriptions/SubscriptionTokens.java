package org.healthjournal.pipeline.notifier.subscriptions;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * The secrets in our links: whoever has one may act for the address, so they are 256 random
 * bits from a {@link SecureRandom}, URL-safe without escaping. Only their SHA-256 is stored (a
 * hash of 256 random bits cannot be guessed back, so no salt or slow hash is needed).
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

    /** What the database holds of a token: its SHA-256, hex. */
    public static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException everyJavaHasSha256) {
            throw new IllegalStateException(everyJavaHasSha256);
        }
    }
}
