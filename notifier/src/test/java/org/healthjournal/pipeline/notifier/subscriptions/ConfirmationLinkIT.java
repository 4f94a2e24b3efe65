package org.healthjournal.pipeline.notifier.subscriptions;

import org.healthjournal.pipeline.notifier.AbstractNotifierIT;
import org.healthjournal.pipeline.notifier.DbTime;
import org.healthjournal.pipeline.notifier.NotifierTestMail;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

class ConfirmationLinkIT extends AbstractNotifierIT {

    @org.springframework.beans.factory.annotation.Autowired
    private SubscriberTokens tokens;

    @Test
    void theDatabaseHoldsOnlyTheHashOfAConfirmationToken() {
        String email = uniqueAddress("hashed");
        subscribe(email);
        String link = confirmLink(awaitMails(email, 1).get(0));
        String token = link.substring(link.indexOf("token=") + "token=".length());

        List<Map<String, Object>> stored = jdbcTemplate.queryForList("select t.* from subscriber_token t"
                + " join subscriber s on s.id = t.subscriber_id where s.email = ?", email);
        assertThat(stored).hasSize(1);
        assertThat(stored.get(0)).containsEntry("token_hash", SubscriptionTokens.hash(token))
                .containsEntry("purpose", "CONFIRM");
        assertThat(stored.get(0).values()).doesNotContain(token);
        assertThat(jdbcTemplate.queryForList("select * from subscriber where email = ?", email).get(0).values())
                .doesNotContain(token);
    }

    @Test
    void anExpiredConfirmationLinkConfirmsNothing() {
        String email = uniqueAddress("late");
        subscribe(email);
        String link = confirmLink(awaitMails(email, 1).get(0));
        jdbcTemplate.update("update subscriber_token set expires_at = ? where subscriber_id ="
                + " (select id from subscriber where email = ?)", DbTime.of(Instant.now().minusSeconds(1)), email);

        ResponseEntity<String> page = http.getForEntity(local(link), String.class);

        assertThat(page.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(page.getBody()).contains("This link is not valid");
        assertThat(jdbcTemplate.queryForObject("select status from subscriber where email = ?", String.class, email))
                .isEqualTo("PENDING");
    }

    @Test
    void aConfirmationLinkUsedBeforeShowsNeitherTheAddressNorAnyPersonalLink() {
        String email = uniqueAddress("twice");
        confirmedSubscriber(email);
        String link = confirmLink(mailsTo(email).get(0));

        ResponseEntity<String> again = http.getForEntity(local(link), String.class);

        assertThat(again.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(again.getBody()).contains("You are subscribed").doesNotContain(email)
                .doesNotContain("token=");
    }

    @Test
    void anAddressTheMailServerRefusesStillGetsTheSameAnswerAndIsNotTriedAgain() {
        String email = uniqueAddress(NotifierTestMail.REFUSED + "confirm");

        ResponseEntity<String> answer = subscribe(email);

        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.ACCEPTED);
        assertThat(answer.getBody()).isEqualTo("{\"status\":\"PENDING_CONFIRMATION\"}");
        await().atMost(TIMEOUT).until(() -> Boolean.TRUE.equals(jdbcTemplate.queryForObject(
                "select confirmation_failure_permanent from subscriber where email = ?", Boolean.class, email)));
        assertThat(jdbcTemplate.queryForObject("select confirmation_attempts from subscriber where email = ?",
                Integer.class, email)).isEqualTo(1);
        assertThat(jdbcTemplate.queryForObject("select confirmation_failure from subscriber where email = ?",
                String.class, email)).contains("550");
    }

    @Test
    void theHourlySweepDeletesExpiredConfirmationTokensAndMailTokensOlderThanTheUnsubscribeLifetime() {
        String email = uniqueAddress("sweep");
        String unsubscribe = confirmedSubscriber(email);
        String id = jdbcTemplate.queryForObject("select id from subscriber where email = ?", String.class, email);
        Instant now = Instant.now();
        String recent = tokens.issue(id, TokenPurpose.MAIL, now.minus(Duration.ofDays(300)), now.plus(Duration.ofDays(1)));
        String old = tokens.issue(id, TokenPurpose.MAIL, now.minus(Duration.ofDays(366)), now.minus(Duration.ofDays(336)));

        tokens.deleteExpired(now, Duration.ofDays(365));

        List<String> left = jdbcTemplate.queryForList("select token_hash from subscriber_token"
                + " where subscriber_id = ? and purpose = 'MAIL'", String.class, id);
        String unsubscribeToken = unsubscribe.substring(unsubscribe.indexOf("token=") + "token=".length());
        assertThat(left).containsExactlyInAnyOrder(SubscriptionTokens.hash(unsubscribeToken),
                SubscriptionTokens.hash(recent)).doesNotContain(SubscriptionTokens.hash(old));
        assertThat(jdbcTemplate.queryForObject("select count(*) from subscriber_token where subscriber_id = ?"
                + " and purpose = 'CONFIRM'", Integer.class, id)).as("the used confirmation token is kept until"
                + " it expires").isOne();
        jdbcTemplate.update("update subscriber_token set expires_at = ? where subscriber_id = ? and purpose = 'CONFIRM'",
                DbTime.of(now.minusSeconds(1)), id);
        tokens.deleteExpired(now, Duration.ofDays(365));
        assertThat(jdbcTemplate.queryForObject("select count(*) from subscriber_token where subscriber_id = ?"
                + " and purpose = 'CONFIRM'", Integer.class, id)).isZero();
    }
}
