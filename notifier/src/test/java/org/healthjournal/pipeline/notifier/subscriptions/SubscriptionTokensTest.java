package org.healthjournal.pipeline.notifier.subscriptions;

import org.junit.jupiter.api.Test;

import java.util.Base64;
import java.util.HashSet;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class SubscriptionTokensTest {

    @Test
    void tokensAreUrlSafeAndCarryAtLeast128RandomBits() {
        String token = SubscriptionTokens.newToken();

        assertThat(token).matches("[A-Za-z0-9_-]+");
        assertThat(Base64.getUrlDecoder().decode(token).length * 8).isGreaterThanOrEqualTo(128);
    }

    @Test
    void tokensDoNotRepeat() {
        Set<String> tokens = new HashSet<>();
        for (int i = 0; i < 1000; i++) {
            tokens.add(SubscriptionTokens.newToken());
        }
        assertThat(tokens).hasSize(1000);
    }
}
