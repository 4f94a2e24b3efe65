package org.healthjournal.pipeline.notifier.delivery;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import org.healthjournal.pipeline.events.ArticlePublished;
import org.healthjournal.pipeline.notifier.NotifierProperties;
import org.healthjournal.pipeline.notifier.mail.MimeMessages;
import org.healthjournal.pipeline.notifier.subscriptions.SubscriptionLinks;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSender;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

class NewsletterTest {

    private static final Session SESSION = Session.getInstance(new Properties());

    private final Announcements announcements = mock(Announcements.class);
    private final Deliveries deliveries = mock(Deliveries.class);
    private final JavaMailSender mailSender = mock(JavaMailSender.class);
    private final ArticlePublished article = article();
    private final Recipient ann = new Recipient("s1", "ann@example.org", "token-ann");
    private final Recipient bob = new Recipient("s2", "bob@example.org", "token-bob");
    private final ClaimedBatch batch = new ClaimedBatch("claim-1", article.articleId(), List.of(ann, bob));
    private Newsletter newsletter;

    @BeforeEach
    void setUp() {
        NotifierProperties properties = new NotifierProperties("https://news.example.org", "news@example.org",
                "Journal", null, 100, Duration.ofMinutes(1));
        ArticleMail articleMail = new ArticleMail(new MimeMessages(properties), new SubscriptionLinks(properties),
                properties);
        newsletter = new Newsletter(announcements, deliveries, articleMail, mailSender, properties);
        when(mailSender.createMimeMessage()).thenAnswer(call -> new MimeMessage(SESSION));
        when(announcements.find(article.articleId())).thenReturn(Optional.of(
                new Announcement(article.articleId(), article.eventId(), 1, Instant.now(), null)));
    }

    @Test
    void sendsEachClaimedBatchOverOneConnectionThenMarksItSentAndCompletes() {
        when(deliveries.claim(eq(article.articleId()), any(), anyInt(), any()))
                .thenReturn(batch, new ClaimedBatch("claim-2", article.articleId(), List.of()));

        newsletter.announce(article);

        ArgumentCaptor<MimeMessage[]> sent = ArgumentCaptor.forClass(MimeMessage[].class);
        verify(mailSender).send(sent.capture());
        assertThat(sent.getValue()).hasSize(2);
        verify(deliveries).markSent(eq(batch), any());
        verify(announcements).complete(eq(article.articleId()), any());
    }

    @Test
    void releasesOnlyTheRefusedMailsAndFailsSoTheEventIsRetried() {
        when(deliveries.claim(eq(article.articleId()), any(), anyInt(), any())).thenReturn(batch);
        // the server takes ann's mail and refuses bob's
        doAnswer(call -> {
            MimeMessage refused = Arrays.stream((MimeMessage[]) call.getRawArguments()[0])
                    .filter(message -> recipientOf(message).equals(bob.email()))
                    .findFirst().orElseThrow();
            throw new MailSendException(Map.of(refused, new MessagingException("550 mailbox unavailable")));
        }).when(mailSender).send(any(MimeMessage[].class));

        assertThatThrownBy(() -> newsletter.announce(article)).isInstanceOf(NewsletterSendException.class);

        verify(deliveries).release(batch, List.of(bob));
        verify(deliveries).markSent(eq(batch), any());
        verify(announcements, never()).complete(any(), any());
    }

    @Test
    void sendsNothingForALaterVersionOfAnAnnouncedArticle() {
        ArticlePublished revision = new ArticlePublished(UUID.randomUUID(), null, 0, article.articleId(), 2,
                Instant.now(), "c1", "Writer", "Reviewer", "slug", article.url(), "Revised title", "Dek",
                "Immune Health", List.of(), Instant.now());

        newsletter.announce(revision);

        verifyNoInteractions(deliveries, mailSender);
    }

    private static String recipientOf(MimeMessage message) {
        try {
            return message.getAllRecipients()[0].toString();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static ArticlePublished article() {
        return new ArticlePublished(UUID.randomUUID(), null, 0, "article-1", 1, Instant.now(), "c1", "Writer",
                "Reviewer", "could-x-follow-y", "https://journal.example.org/articles/could-x-follow-y",
                "Could X follow Y?", "A short dek.", "Immune Health", List.of(), Instant.now());
    }
}
