package org.healthjournal.pipeline.notifier.subscriptions;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.mail.internet.MimeMessage;
import org.healthjournal.pipeline.events.ArticlePublished;
import org.healthjournal.pipeline.notifier.AbstractNotifierIT;
import org.healthjournal.pipeline.notifier.DbTime;
import org.healthjournal.pipeline.notifier.delivery.Deliveries;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import java.time.Instant;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

class ManageSubscriptionIT extends AbstractNotifierIT {

    private static final Pattern MANAGE_LINK = Pattern.compile(
            Pattern.quote(BASE_URL + "/subscriptions/manage?token=") + "[A-Za-z0-9_-]+");

    @Autowired
    private Deliveries deliveries;

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void everyArticleMailCarriesAManageLinkWhereTheReaderChangesCategoriesAndExportsTheirData() throws Exception {
        String email = uniqueAddress("manager");
        confirmedSubscriber(email);
        ArticlePublished article = published("manage-" + email.hashCode(), 1, "Sleep and memory " + email.hashCode(),
                Instant.now());
        publish(article);
        await().atMost(TIMEOUT).until(() -> mailsTo(email, article.title()).size() == 1);
        MimeMessage mail = mailsTo(email, article.title()).get(0);
        String manage = local(find(MANAGE_LINK, textOf(mail)));
        assertThat(mail.getHeader("List-Unsubscribe-Post", null)).isEqualTo("List-Unsubscribe=One-Click");

        ResponseEntity<String> page = http.getForEntity(manage, String.class);
        assertThat(page.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(page.getBody()).contains(email, "name=\"categories\"", "Erase my data").doesNotContain("<script");
        assertThat(page.getHeaders().getFirst("Content-Security-Policy")).contains("script-src 'none'");

        ResponseEntity<String> saved = http.postForEntity(manage, form("categories=Immune+Health&categories=Sleep"),
                String.class);
        assertThat(saved.getBody()).contains("Your choice is saved");

        ResponseEntity<String> export = http.getForEntity(manage.replace("/manage?", "/manage/export?"), String.class);
        assertThat(export.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(export.getHeaders().getFirst(HttpHeaders.CONTENT_DISPOSITION)).contains("attachment");
        JsonNode data = json.readTree(export.getBody());
        assertThat(data.at("/subscription/email").asText()).isEqualTo(email);
        assertThat(data.at("/categories")).extracting(JsonNode::asText).containsExactly("immune-health", "sleep");
        assertThat(data.at("/mails/0/articleId").asText()).isEqualTo(article.articleId());
        assertThat(data.at("/mails/0/status").asText()).isEqualTo("SENT");
    }

    @Test
    void erasingRemovesTheAddressAndChoicesButKeepsTheDeliveryCounts() {
        String email = uniqueAddress("forget-me");
        String unsubscribe = confirmedSubscriber(email);
        String manage = local(unsubscribe).replace("/unsubscribe?", "/manage?");
        http.postForEntity(manage, form("categories=Immune+Health"), String.class);
        ArticlePublished article = published("erase-" + email.hashCode(), 1, "Vitamin C " + email.hashCode(),
                Instant.now());
        publish(article);
        await().atMost(TIMEOUT).until(() -> mailsTo(email, article.title()).size() == 1
                && deliveries.count(article.articleId()).pending() == 0);
        var before = deliveries.count(article.articleId());
        String subscriberId = jdbcTemplate.queryForObject("select id from subscriber where email = ?", String.class,
                email);

        ResponseEntity<String> erased = http.postForEntity(manage.replace("/manage?", "/manage/erase?"), form(""),
                String.class);

        assertThat(erased.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(erased.getBody()).contains("Your data is erased").doesNotContain(email);
        assertThat(jdbcTemplate.queryForObject("select count(*) from subscriber where email = ?", Integer.class, email))
                .isZero();
        assertThat(deliveries.count(article.articleId())).as("counts kept").isEqualTo(before);
        assertThat(jdbcTemplate.queryForObject("select status from delivery where subscriber_id = ? and article_id = ?",
                String.class, subscriberId, article.articleId())).isEqualTo("SENT");
        assertThat(jdbcTemplate.queryForObject("select count(*) from subscriber_category where subscriber_id = ?",
                Integer.class, subscriberId)).isZero();
        assertThat(jdbcTemplate.queryForObject("select email from subscriber where id = ?", String.class, subscriberId))
                .isEqualTo("erased-" + subscriberId);
        assertThat(http.getForEntity(manage, String.class).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(http.getForEntity(local(unsubscribe), String.class).getBody()).doesNotContain(email);
    }

    @Test
    void anExpiredManageLinkShowsNothingOfTheSubscriberWhileItsUnsubscribeLinkStillWorks() {
        String email = uniqueAddress("old-mail");
        String unsubscribe = confirmedSubscriber(email);
        jdbcTemplate.update("update subscriber_token set expires_at = ? where subscriber_id ="
                + " (select id from subscriber where email = ?)", DbTime.of(Instant.now().minusSeconds(1)), email);

        ResponseEntity<String> page = http.getForEntity(local(unsubscribe).replace("/unsubscribe?", "/manage?"),
                String.class);

        assertThat(page.getStatusCode()).isEqualTo(HttpStatus.GONE);
        assertThat(page.getBody()).contains("This link has expired").doesNotContain(email);
        assertThat(http.postForEntity(local(unsubscribe), form("List-Unsubscribe=One-Click"), String.class).getBody())
                .contains("You are unsubscribed");
    }

    private static HttpEntity<String> form(String body) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_FORM_URLENCODED);
        return new HttpEntity<>(body, headers);
    }

    private static String find(Pattern pattern, String text) {
        Matcher matcher = pattern.matcher(text);
        assertThat(matcher.find()).as("%s in %s", pattern, text).isTrue();
        return matcher.group();
    }
}
