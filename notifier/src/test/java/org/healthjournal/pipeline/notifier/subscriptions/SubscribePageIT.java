package org.healthjournal.pipeline.notifier.subscriptions;

import org.healthjournal.pipeline.notifier.AbstractNotifierIT;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

class SubscribePageIT extends AbstractNotifierIT {

    private static final Pattern CSRF_FIELD = Pattern.compile("name=\"csrf\" value=\"([A-Za-z0-9_-]+)\"");

    @Test
    void theSubscribePageIsAPlainFormWithAStrictContentSecurityPolicy() {
        ResponseEntity<String> page = http.getForEntity("/subscribe", String.class);

        assertThat(page.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(page.getBody()).contains("<form method=\"post\" action=\"subscribe\"", "name=\"email\"")
                .doesNotContain("<script");
        assertThat(page.getHeaders().getFirst("Content-Security-Policy")).contains("script-src 'none'",
                "form-action 'self'");
        assertThat(page.getHeaders().getFirst(HttpHeaders.SET_COOKIE)).contains("subscribe_csrf=", "HttpOnly",
                "SameSite=Strict");
    }

    @Test
    void postingTheFormWithItsCookieQueuesAConfirmationMailWithTheChosenCategories() {
        String email = uniqueAddress("form");
        ResponseEntity<String> page = http.getForEntity("/subscribe", String.class);

        ResponseEntity<String> answer = post(page, "email=" + email + "&categories=Immune+Health&categories=Sleep");

        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.ACCEPTED);
        assertThat(answer.getBody()).contains("Check your inbox").doesNotContain(email);
        awaitMails(email, 1);
        assertThat(jdbcTemplate.queryForList("select c.category from subscriber_category c join subscriber s"
                + " on s.id = c.subscriber_id where s.email = ? order by c.category", String.class, email))
                .containsExactly("immune-health", "sleep");
    }

    @Test
    void aPostWithoutTheFormsCookieIsRefusedAndMailsNobody() {
        String email = uniqueAddress("forged");
        String field = csrfField(http.getForEntity("/subscribe", String.class));
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_FORM_URLENCODED);

        ResponseEntity<String> answer = http.postForEntity("/subscribe",
                new HttpEntity<>("email=" + email + "&csrf=" + field, headers), String.class);

        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(jdbcTemplate.queryForObject("select count(*) from subscriber where email = ?", Integer.class,
                email)).isZero();
    }

    @Test
    void anInvalidAddressShowsTheFormAgainWithAMessage() {
        ResponseEntity<String> answer = post(http.getForEntity("/subscribe", String.class), "email=not-an-address");

        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(answer.getBody()).contains("Please enter a valid e-mail address", "value=\"not-an-address\"");
    }

    private ResponseEntity<String> post(ResponseEntity<String> page, String form) {
        String cookie = page.getHeaders().getFirst(HttpHeaders.SET_COOKIE).split(";", 2)[0];
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_FORM_URLENCODED);
        headers.add(HttpHeaders.COOKIE, cookie);
        return http.postForEntity("/subscribe", new HttpEntity<>(form + "&csrf=" + csrfField(page), headers),
                String.class);
    }

    private static String csrfField(ResponseEntity<String> page) {
        Matcher matcher = CSRF_FIELD.matcher(page.getBody());
        assertThat(matcher.find()).as("csrf field in the form").isTrue();
        return matcher.group(1);
    }
}
