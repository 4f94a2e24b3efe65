package org.healthjournal.pipeline.notifier;

import com.icegreen.greenmail.user.GreenMailUser;
import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import org.healthjournal.pipeline.events.ArticlePublished;
import org.healthjournal.pipeline.events.Topics;
import org.healthjournal.pipeline.notifier.feeds.FeedEntries;
import org.healthjournal.pipeline.notifier.feeds.FeedEntry;
import org.healthjournal.pipeline.testkit.PipelineTestProperties;
import org.healthjournal.pipeline.testkit.TestTopics;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The one application context every notifier IT shares: real Kafka (testkit), PostgreSQL when
 * reachable (else H2), and a real SMTP server (GreenMail). Each test uses its own addresses and
 * article ids, so the classes do not disturb each other.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "pipeline.notifier.base-url=" + AbstractNotifierIT.BASE_URL,
        "pipeline.notifier.site-url=https://journal.example.test",
        // small batches, so even a few subscribers take several leases; short waits, so retries show quickly
        "pipeline.notifier.sender.batch-size=5",
        "pipeline.notifier.sender.poll-interval=300ms",
        "pipeline.notifier.sender.initial-back-off=200ms",
        "pipeline.notifier.sender.max-back-off=2s",
        // every test calls from 127.0.0.1: each subscribe names a client of its own in X-Forwarded-For
        // (as a reverse proxy would), so the rate limits stay as configured and apply per test client
        "server.forward-headers-strategy=framework",
        "pipeline.notifier.categories=Immune Health,Nutrition,Sleep",
        "pipeline.security.users[0].name=" + AbstractNotifierIT.STAFF_USER,
        "pipeline.security.users[0].password={noop}" + AbstractNotifierIT.STAFF_PASSWORD,
        "pipeline.security.users[0].email=editor@example.org",
        "pipeline.security.users[0].roles=EDITOR",
        "pipeline.security.users[1].name=" + AbstractNotifierIT.WRITER,
        "pipeline.security.users[1].password={noop}wanda-pw",
        "pipeline.security.users[1].email=wanda@staff.example.org",
        "pipeline.security.users[1].roles=WRITER",
        "pipeline.security.users[2].name=" + AbstractNotifierIT.QUIET_WRITER,
        "pipeline.security.users[2].password={noop}quentin-pw",
        "pipeline.security.users[2].email=quentin@staff.example.org",
        "pipeline.security.users[2].roles=WRITER",
        "pipeline.security.users[3].name=" + AbstractNotifierIT.REVIEWER,
        "pipeline.security.users[3].password={noop}rita-pw",
        "pipeline.security.users[3].email=rita@staff.example.org",
        "pipeline.security.users[3].roles=REVIEWER",
        "pipeline.security.users[4].name=" + AbstractNotifierIT.QUIET_REVIEWER,
        "pipeline.security.users[4].password={noop}ross-pw",
        "pipeline.security.users[4].email=ross@staff.example.org",
        "pipeline.security.users[4].roles=REVIEWER,EDITOR",
        "pipeline.notifier.staff.off." + AbstractNotifierIT.QUIET_WRITER + "=ARTICLE_APPROVED",
        "pipeline.notifier.staff.off." + AbstractNotifierIT.QUIET_REVIEWER + "=REVIEW_OVERDUE"
})
public abstract class AbstractNotifierIT {

    protected static final String BASE_URL = "https://news.example.test";
    protected static final Duration TIMEOUT = Duration.ofSeconds(60);

    protected static final String STAFF_USER = "erin";
    protected static final String STAFF_PASSWORD = "erin-pw";
    /** A writer with a staff profile and an address, for the staff notifications. */
    protected static final String WRITER = "wanda";
    /** A writer who turned the approval mails off. */
    protected static final String QUIET_WRITER = "quentin";
    /** Medical reviewers (the reviewers' group); the quiet one turned the overdue mails off. */
    protected static final String REVIEWER = "rita";
    protected static final String QUIET_REVIEWER = "ross";

    protected static final GreenMail MAIL = NotifierTestMail.start();
    /** The bounce mailbox the notifier reads over IMAP. */
    protected static final String BOUNCE_MAILBOX = "bounces@journal.example.test";
    protected static final GreenMailUser BOUNCES = MAIL.setUser(BOUNCE_MAILBOX, "bounces", "bounces-pw");
    private static final Pattern CONFIRM_LINK = Pattern.compile(
            Pattern.quote(BASE_URL + "/subscriptions/confirm?token=") + "[A-Za-z0-9_-]+");
    private static final Pattern UNSUBSCRIBE_LINK = Pattern.compile(
            Pattern.quote(BASE_URL + "/subscriptions/unsubscribe?token=") + "[A-Za-z0-9_-]+");

    @Autowired
    protected TestRestTemplate http;

    @Autowired
    protected FeedEntries feedEntries;

    @Autowired
    protected JdbcTemplate jdbcTemplate;

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        PipelineTestProperties.kafka(registry);
        PipelineTestProperties.database(registry, "notifier");
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> MAIL.getSmtp().getPort());
        registry.add("pipeline.notifier.bounces.uri", () -> "imap://127.0.0.1:" + MAIL.getImap().getPort()
                + "?username=bounces&password=bounces-pw");
        registry.add("pipeline.notifier.bounces.poll-interval", () -> "300");
    }

    protected static String uniqueAddress(String who) {
        return who + "-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
    }

    protected ResponseEntity<String> subscribe(String email) {
        return subscribeFrom(anyClient(), email);
    }

    protected ResponseEntity<String> subscribe(String email, List<String> categories) {
        HttpEntity<Object> request = json(Map.of("email", email, "categories", categories));
        HttpHeaders headers = new HttpHeaders();
        headers.putAll(request.getHeaders());
        headers.set("X-Forwarded-For", anyClient());
        return http.postForEntity("/api/subscriptions", new HttpEntity<>(request.getBody(), headers), String.class);
    }

    /** Subscribes as the given client address (seen through X-Forwarded-For). */
    protected ResponseEntity<String> subscribeFrom(String client, String email) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        headers.set("X-Forwarded-For", client);
        return http.postForEntity("/api/subscriptions", new HttpEntity<>(Map.of("email", email), headers),
                String.class);
    }

    /** A client address no other request uses. */
    protected static String anyClient() {
        java.util.concurrent.ThreadLocalRandom random = java.util.concurrent.ThreadLocalRandom.current();
        return "10." + random.nextInt(256) + "." + random.nextInt(256) + "." + random.nextInt(1, 255);
    }

    protected static HttpEntity<Object> json(Object body) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return new HttpEntity<>(body, headers);
    }

    /** Subscribes and clicks the confirmation link; returns the unsubscribe link from the page. */
    protected String confirmedSubscriber(String email) {
        assertThat(subscribe(email).getStatusCode()).isEqualTo(HttpStatus.ACCEPTED);
        MimeMessage confirmation = awaitMails(email, 1).get(0);
        ResponseEntity<String> page = http.getForEntity(local(confirmLink(confirmation)), String.class);
        assertThat(page.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(page.getBody()).contains("You are subscribed");
        return find(UNSUBSCRIBE_LINK, page.getBody()).orElseThrow();
    }

    protected static String confirmLink(MimeMessage mail) {
        return find(CONFIRM_LINK, textOf(mail)).orElseThrow(() -> new AssertionError("no confirmation link"));
    }

    /** The path and query of one of our absolute links, to call this test's server with. */
    protected static String local(String link) {
        assertThat(link).startsWith(BASE_URL);
        return link.substring(BASE_URL.length());
    }

    protected static List<MimeMessage> mailsTo(String email) {
        return Arrays.stream(MAIL.getReceivedMessages())
                .filter(message -> recipients(message).contains(email))
                .toList();
    }

    protected static List<MimeMessage> mailsTo(String email, String subject) {
        return mailsTo(email).stream().filter(message -> subject.equals(subjectOf(message))).toList();
    }

    protected static List<MimeMessage> awaitMails(String email, int count) {
        await().atMost(TIMEOUT).until(() -> mailsTo(email).size() >= count);
        return mailsTo(email);
    }

    protected static String textOf(MimeMessage mail) {
        try {
            return (String) ((MimeMultipart) mail.getContent()).getBodyPart(0).getContent();
        } catch (MessagingException | IOException e) {
            throw new IllegalStateException(e);
        }
    }

    protected static String subjectOf(MimeMessage mail) {
        try {
            return mail.getSubject();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    protected static List<String> recipients(MimeMessage mail) {
        try {
            return Arrays.stream(mail.getRecipients(Message.RecipientType.TO)).map(Object::toString).toList();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Optional<String> find(Pattern pattern, String text) {
        Matcher matcher = pattern.matcher(text);
        return matcher.find() ? Optional.of(matcher.group()) : Optional.empty();
    }

    protected static ArticlePublished published(String articleId, int version, String title, Instant publishedAt) {
        return new ArticlePublished(UUID.randomUUID(), null, 0, articleId, version, Instant.now(),
                "corr-" + articleId, "Dana Writer", "Dr Rev Iewer", "slug-" + articleId,
                "https://journal.example.test/articles/" + articleId, title,
                "What a review of " + title + " found.", "Immune Health", List.of("vitamins"), publishedAt);
    }

    /** Sends the event the way the publisher does: JSON value, article id as key. */
    protected static void publish(ArticlePublished event) {
        TestTopics.send(Topics.PUBLISHED, event);
    }

    /** Waits until the notifier handled the article up to this version (every earlier record of it too). */
    protected FeedEntry awaitFeedEntry(String articleId, int version) {
        await().atMost(TIMEOUT).until(() -> feedEntries.find(articleId)
                .filter(entry -> entry.articleVersion() == version).isPresent());
        return feedEntries.find(articleId).orElseThrow();
    }

    /** A subscriber written straight into the database (for lists too long to sign up through the API). */
    protected record TestSubscriber(String id, String email) {
    }

    /**
     * Confirmed subscribers {@code prefix0@domain} … in one batch, confirmed a second ago, in
     * subscriber id order. Call {@link #unsubscribeAll} when done, so later tests do not mail them.
     */
    protected List<TestSubscriber> confirmedSubscribers(String prefix, String domain, int count) {
        Instant confirmedAt = Instant.now().minusSeconds(1);
        List<TestSubscriber> subscribers = java.util.stream.IntStream.range(0, count)
                .mapToObj(i -> new TestSubscriber(String.format("%s-%05d-%s", domain.substring(0, Math.min(8,
                        domain.length())), i, UUID.randomUUID().toString().substring(0, 8)), prefix + i + "@" + domain))
                .sorted(java.util.Comparator.comparing(TestSubscriber::id))
                .toList();
        jdbcTemplate.batchUpdate("insert into subscriber (id, email, email_key, status, created_at, confirmed_at)"
                        + " values (?, ?, ?, 'CONFIRMED', ?, ?)",
                subscribers.stream().map(s -> new Object[]{s.id(), s.email(), s.email().toLowerCase(java.util.Locale.ROOT),
                        DbTime.of(confirmedAt), DbTime.of(confirmedAt)}).toList());
        return subscribers;
    }

    protected void unsubscribeAll(String domain) {
        jdbcTemplate.update("update subscriber set status = 'UNSUBSCRIBED', unsubscribed_at = ? where email like ?",
                DbTime.of(Instant.now()), "%@" + domain);
    }

    /** How many mails each address of the domain got, for one subject. */
    protected static Map<String, Long> mailCountsByRecipient(List<MimeMessage> mails, String subject) {
        return mails.stream()
                .filter(mail -> subject.equals(subjectOf(mail)))
                .collect(java.util.stream.Collectors.groupingBy(mail -> recipients(mail).get(0),
                        java.util.stream.Collectors.counting()));
    }

    protected static List<MimeMessage> mailsToDomain(String domain) {
        return List.of(MAIL.getReceivedMessagesForDomain(domain));
    }

    protected static String messageIdOf(MimeMessage mail) {
        try {
            return mail.getMessageID();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    protected static String uniqueDomain(String what) {
        return what + "-" + UUID.randomUUID().toString().substring(0, 8) + ".example.org";
    }
}
