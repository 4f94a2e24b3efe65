package org.healthjournal.pipeline.notifier.subscriptions;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.healthjournal.pipeline.notifier.AbstractNotifierIT;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import java.time.Duration;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

class SubscriptionApiIT extends AbstractNotifierIT {

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void rejectsAnInvalidAddressWithAProblemNamingTheEmailField() throws Exception {
        for (Object body : new Object[]{Map.of("email", "not-an-address"), Map.of("email", "someone@localhost"),
                Map.of("email", " "), Map.of()}) {
            ResponseEntity<String> response = http.postForEntity("/api/subscriptions", json(body), String.class);

            assertThat(response.getStatusCode()).as(body.toString()).isEqualTo(HttpStatus.BAD_REQUEST);
            assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
            JsonNode problem = json.readTree(response.getBody());
            assertThat(problem.at("/errors/0/field").asText()).as(body.toString()).isEqualTo("email");
        }
    }

    @Test
    void answersAnAlreadyConfirmedAddressExactlyLikeANewOneAndMailsItNothing() {
        String known = uniqueAddress("known");
        confirmedSubscriber(known);
        String fresh = uniqueAddress("fresh");

        ResponseEntity<String> forKnown = subscribe(known);
        ResponseEntity<String> forFresh = subscribe(fresh);

        assertThat(forKnown.getStatusCode()).isEqualTo(HttpStatus.ACCEPTED);
        assertThat(forKnown.getBody()).isEqualTo(forFresh.getBody()).isEqualTo("{\"status\":\"PENDING_CONFIRMATION\"}");
        assertThat(forKnown.getHeaders().getContentType()).isEqualTo(forFresh.getHeaders().getContentType());
        // one sender sends the queue in order: once the fresh address has its mail, a second one
        // for the known address would have gone out before it
        awaitMails(fresh, 1);
        await().during(Duration.ofSeconds(1)).atMost(TIMEOUT).until(() -> mailsTo(known).size() == 1);
        assertThat(mailsTo(fresh)).hasSize(1);
    }

    @Test
    void subscribingAgainAfterUnsubscribingNeedsANewConfirmation() {
        String email = uniqueAddress("returning");
        String unsubscribeLink = confirmedSubscriber(email);
        String oldConfirmLink = confirmLink(mailsTo(email).get(0));
        assertThat(http.postForEntity(local(unsubscribeLink), json(Map.of()), String.class).getStatusCode())
                .isEqualTo(HttpStatus.OK);

        assertThat(http.getForEntity(local(oldConfirmLink), String.class).getStatusCode())
                .as("an old confirmation link does not silently re-subscribe").isEqualTo(HttpStatus.NOT_FOUND);
        subscribe(email);

        String newConfirmLink = confirmLink(awaitMails(email, 2).get(1));
        assertThat(newConfirmLink).isNotEqualTo(oldConfirmLink);
        assertThat(http.getForEntity(local(newConfirmLink), String.class).getBody()).contains("You are subscribed");
    }

    @Test
    void oneMailboxSpelledInAnotherCaseIsOneSubscriptionAndGetsNoSecondConfirmation() {
        String local = "Reader-" + java.util.UUID.randomUUID().toString().substring(0, 8);
        String typed = local + "@Example.ORG";
        confirmedSubscriber(local + "@example.org");

        assertThat(subscribe(local.toLowerCase(java.util.Locale.ROOT) + "@example.org").getStatusCode())
                .isEqualTo(HttpStatus.ACCEPTED);
        assertThat(subscribe(typed).getStatusCode()).isEqualTo(HttpStatus.ACCEPTED);

        assertThat(jdbcTemplate.queryForObject("select count(*) from subscriber where lower(email) = ?", Integer.class,
                (local + "@example.org").toLowerCase(java.util.Locale.ROOT))).isEqualTo(1);
        assertThat(java.util.Arrays.stream(MAIL.getReceivedMessages())
                .filter(mail -> recipients(mail).stream().anyMatch(to -> to.equalsIgnoreCase(local + "@example.org"))))
                .as("only the first confirmation mail").hasSize(1);
    }
}
