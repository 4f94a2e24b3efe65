package org.healthjournal.pipeline.notifier.delivery;

import jakarta.mail.internet.MimeMessage;
import org.healthjournal.pipeline.events.ArticlePublished;
import org.healthjournal.pipeline.events.ReviewerSignOff;
import org.healthjournal.pipeline.notifier.AbstractNotifierIT;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import java.time.Instant;
import java.util.List;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

class ArticleAnnouncementIT extends AbstractNotifierIT {

    @Autowired
    private Announcements announcements;

    @Test
    void confirmedSubscriberGetsOneMailPerArticleEvenWhenTheEventIsRedeliveredOrTheArticleRevised() throws Exception {
        String email = uniqueAddress("reader");
        String typed = "  " + email.replace("@example.org", "@Example.ORG") + " ";

        assertThat(subscribe(typed).getBody()).contains("\"status\":\"PENDING_CONFIRMATION\"");
        MimeMessage confirmation = awaitMails(email, 1).get(0);
        String confirmLink = confirmLink(confirmation);
        ResponseEntity<String> confirmed = http.getForEntity(local(confirmLink), String.class);
        assertThat(confirmed.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(confirmed.getHeaders().getContentType().toString()).startsWith("text/html");
        assertThat(confirmed.getBody()).contains("You are subscribed", BASE_URL + "/subscriptions/unsubscribe?token=");
        assertThat(http.getForEntity(local(confirmLink), String.class).getStatusCode())
                .as("confirming twice is harmless").isEqualTo(HttpStatus.OK);

        String articleId = "announce-" + email.hashCode();
        String title = "Could vitamin D follow zinc? " + articleId;
        ArticlePublished first = published(articleId, 1, title, Instant.now());
        publish(first);

        await().atMost(TIMEOUT).until(() -> mailsTo(email, title).size() == 1);
        MimeMessage mail = mailsTo(email, title).get(0);
        assertThat(textOf(mail)).contains(first.url(), first.dek(), "Medically reviewed by Dr Rev Iewer");
        assertThat(mail.getMessageID()).as("in the journal's own domain").endsWith("@healthjournal.example.org>");
        assertThat(mail.getHeader("List-Unsubscribe", null))
                .matches("<" + Pattern.quote(BASE_URL + "/subscriptions/unsubscribe?token=")
                        + "[A-Za-z0-9_-]+>");
        assertThat(mail.getHeader("List-Unsubscribe-Post", null)).isEqualTo("List-Unsubscribe=One-Click");

        publish(first);
        publish(published(articleId, 2, title, Instant.now()));
        awaitFeedEntry(articleId, 2);

        assertThat(mailsTo(email, title)).as("no mail for a redelivery or a later version").hasSize(1);
        assertThat(mailsTo(email)).hasSize(2);
    }

    @Test
    void theMailShowsTheReadTimeAndTheReviewersSignOffLinesOfThePublication() throws Exception {
        String email = uniqueAddress("readtime");
        confirmedSubscriber(email);
        String articleId = "readtime-" + email.hashCode();
        String title = "Sleep and memory " + articleId;
        ArticlePublished plain = published(articleId, 1, title, Instant.now());
        publish(new ArticlePublished(plain.eventId(), null, 0, articleId, 1, plain.occurredAt(), "c", plain.author(),
                "drbob", plain.slug(), plain.url(), title, plain.dek(), plain.category(), List.of(),
                plain.publishedAt(), 6, List.of(
                        new ReviewerSignOff("drbob", "Dr Bob Rivera", "MD, haematologist", Instant.now()),
                        new ReviewerSignOff("drcho", "Dr Mei Cho", null, Instant.now()))));

        await().atMost(TIMEOUT).until(() -> mailsTo(email, title).size() == 1);
        MimeMessage mail = mailsTo(email, title).get(0);
        assertThat(textOf(mail)).contains("6 min read",
                "Medically reviewed by Dr Bob Rivera, MD, haematologist and Dr Mei Cho");
        String html = (String) ((jakarta.mail.internet.MimeMultipart) mail.getContent()).getBodyPart(1).getContent();
        assertThat(html).contains("6 min read", "Dr Bob Rivera, MD, haematologist and Dr Mei Cho");
    }

    @Test
    void pendingAndUnsubscribedAddressesGetNothingWhileGetOnTheUnsubscribeLinkUnsubscribesNobody() {
        String pending = uniqueAddress("pending");
        String leaving = uniqueAddress("leaving");
        String prefetched = uniqueAddress("prefetched");
        subscribe(pending);
        awaitMails(pending, 1);
        String leavingUnsubscribe = confirmedSubscriber(leaving);
        String prefetchedUnsubscribe = confirmedSubscriber(prefetched);

        ResponseEntity<String> oneClick = http.postForEntity(local(leavingUnsubscribe),
                form("List-Unsubscribe=One-Click"), String.class);
        assertThat(oneClick.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(oneClick.getBody()).contains("You are unsubscribed").doesNotContain(leaving);
        ResponseEntity<String> usedLink = http.getForEntity(local(leavingUnsubscribe), String.class);
        assertThat(usedLink.getBody()).as("a used link shows no address").contains("You are unsubscribed")
                .doesNotContain(leaving).doesNotContain("<form");

        ResponseEntity<String> scannerVisit = http.getForEntity(local(prefetchedUnsubscribe), String.class);
        assertThat(scannerVisit.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(scannerVisit.getBody()).contains("<form method=\"post\"", prefetched);

        String articleId = "audience-" + pending.hashCode();
        String title = "What did the review find? " + articleId;
        publish(published(articleId, 1, title, Instant.now()));

        await().atMost(TIMEOUT).until(() -> mailsTo(prefetched, title).size() == 1);
        awaitAnnouncementCompleted(articleId);
        assertThat(mailsTo(pending, title)).isEmpty();
        assertThat(mailsTo(leaving, title)).isEmpty();
    }

    @Test
    void unknownLinksAnswerWithANotFoundPage() {
        for (String path : List.of("/subscriptions/confirm?token=nope", "/subscriptions/unsubscribe?token=nope",
                "/subscriptions/confirm")) {
            ResponseEntity<String> page = http.getForEntity(path, String.class);
            assertThat(page.getStatusCode()).as(path).isEqualTo(HttpStatus.NOT_FOUND);
            assertThat(page.getHeaders().getContentType().toString()).startsWith("text/html");
            assertThat(page.getBody()).contains("This link is not valid");
            assertThat(page.getHeaders().getFirst("Content-Security-Policy")).as(path)
                    .contains("default-src 'none'", "script-src 'none'", "form-action 'self'");
            assertThat(page.getHeaders().getFirst("Referrer-Policy")).as(path).isEqualTo("no-referrer");
        }
        assertThat(http.postForEntity("/subscriptions/unsubscribe?token=nope", form(""), String.class)
                .getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    }

    private void awaitAnnouncementCompleted(String articleId) {
        await().atMost(TIMEOUT).until(() -> announcements.find(articleId).filter(Announcement::isCompleted).isPresent());
    }

    private static HttpEntity<String> form(String body) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_FORM_URLENCODED);
        return new HttpEntity<>(body, headers);
    }
}
