package org.healthjournal.pipeline.notifier.subscriptions;

import org.healthjournal.pipeline.notifier.AbstractNotifierIT;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/** The configured limits (application.yml: 20 a minute per client, 5 an hour per mailbox). */
class SubscribeRateLimitIT extends AbstractNotifierIT {

    @Test
    void oneClientIsServedTwentyRequestsAMinuteThenGetsTooManyRequestsWithRetryAfter() {
        String client = anyClient();
        for (int i = 1; i <= 20; i++) {
            assertThat(subscribeFrom(client, uniqueAddress("reader" + i)).getStatusCode()).as("request %d", i)
                    .isEqualTo(HttpStatus.ACCEPTED);
        }

        ResponseEntity<String> over = subscribeFrom(client, uniqueAddress("reader21"));

        assertThat(over.getStatusCode()).isEqualTo(HttpStatus.TOO_MANY_REQUESTS);
        assertThat(Long.parseLong(over.getHeaders().getFirst("Retry-After"))).isBetween(1L, 60L);
        assertThat(over.getHeaders().getFirst("Content-Security-Policy")).isNotNull();
        assertThat(subscribeFrom(anyClient(), uniqueAddress("elsewhere")).getStatusCode())
                .as("another client is served").isEqualTo(HttpStatus.ACCEPTED);
    }

    @Test
    void oneMailboxIsServedFiveRequestsAnHourWhoeverSendsThemThenTooManyRequests() {
        String email = uniqueAddress("popular");
        for (int i = 1; i <= 5; i++) {
            String spelling = i % 2 == 0 ? email.toUpperCase(Locale.ROOT) : email;
            assertThat(subscribeFrom(anyClient(), spelling).getStatusCode()).as("request %d", i)
                    .isEqualTo(HttpStatus.ACCEPTED);
        }

        ResponseEntity<String> over = subscribeFrom(anyClient(), email);

        assertThat(over.getStatusCode()).isEqualTo(HttpStatus.TOO_MANY_REQUESTS);
        assertThat(Long.parseLong(over.getHeaders().getFirst("Retry-After"))).isPositive();
        assertThat(over.getHeaders().getContentType().toString()).startsWith("application/problem+json");
    }
}
