package org.healthjournal.pipeline.notifier.staff;

import jakarta.mail.internet.MimeMessage;
import org.healthjournal.pipeline.events.ArticleApproved;
import org.healthjournal.pipeline.events.ArticleContent;
import org.healthjournal.pipeline.events.ArticlePublished;
import org.healthjournal.pipeline.events.ArticleRejected;
import org.healthjournal.pipeline.events.ChangesRequested;
import org.healthjournal.pipeline.events.Topics;
import org.healthjournal.pipeline.notifier.AbstractNotifierIT;
import org.healthjournal.pipeline.testkit.TestTopics;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

class StaffNotificationIT extends AbstractNotifierIT {

    private static final String WANDA = "wanda@staff.example.org";
    private static final String QUENTIN = "quentin@staff.example.org";

    private final String run = UUID.randomUUID().toString().substring(0, 8);

    @Test
    void theWriterIsToldOfRequestedChangesWithTheReviewersComments() {
        String articleId = "changes-" + run;
        ChangesRequested event = new ChangesRequested(UUID.randomUUID(), null, 0, articleId, 1, Instant.now(), "c",
                WRITER, "Dr Rev", "Please cite the 2023 meta-analysis.");
        TestTopics.send(Topics.REVIEWS, event);
        TestTopics.send(Topics.REVIEWS, event);

        MimeMessage mail = awaitOne(WANDA, "Changes requested: " + articleId);
        assertThat(textOf(mail)).contains("Dr Rev asked for changes", "Please cite the 2023 meta-analysis.");
        await().during(Duration.ofSeconds(1)).atMost(TIMEOUT)
                .until(() -> mailsTo(WANDA, "Changes requested: " + articleId).size() == 1);
    }

    @Test
    void theWriterIsToldOfApprovalRejectionWithTheReasonAndPublicationWithTheUrl() {
        String title = "Zinc and colds " + run;
        TestTopics.send(Topics.REVIEWS, approved("approved-" + run, WRITER, title));
        TestTopics.send(Topics.REVIEWS, new ArticleRejected(UUID.randomUUID(), null, 0, "rejected-" + run, 1,
                Instant.now(), "c", WRITER, "Dr Rev", "The evidence does not support the claim."));
        ArticlePublished published = new ArticlePublished(UUID.randomUUID(), null, 0, "live-" + run, 1, Instant.now(),
                "c", WRITER, "Dr Rev", "live-" + run, "https://journal.example.test/articles/live-" + run,
                "Live " + run, "Dek", "Immune Health", List.of(), Instant.now());
        publish(published);

        assertThat(textOf(awaitOne(WANDA, "Approved: " + title))).contains("Dr Rev approved your article");
        assertThat(textOf(awaitOne(WANDA, "Rejected: rejected-" + run))).contains("Reason:",
                "The evidence does not support the claim.");
        assertThat(textOf(awaitOne(WANDA, "Published: Live " + run))).contains(published.url());
    }

    @Test
    void aWriterWhoTurnedAKindOffGetsNoneOfItButTheOthers() {
        String title = "Quiet " + run;
        TestTopics.send(Topics.REVIEWS, approved("quiet-approved-" + run, QUIET_WRITER, title));
        TestTopics.send(Topics.REVIEWS, new ArticleRejected(UUID.randomUUID(), null, 0, "quiet-rejected-" + run, 1,
                Instant.now(), "c", QUIET_WRITER, "Dr Rev", "No."));

        awaitOne(QUENTIN, "Rejected: quiet-rejected-" + run);
        assertThat(mailsTo(QUENTIN, "Approved: " + title)).isEmpty();
    }

    private static ArticleApproved approved(String articleId, String author, String title) {
        return new ArticleApproved(UUID.randomUUID(), null, 0, articleId, 1, Instant.now(), "c", author, "Dr Rev",
                Instant.now(), "Well argued.", new ArticleContent(title, "Dek", "Immune Health", List.of(), "Body",
                List.of(), null));
    }

    private static MimeMessage awaitOne(String to, String subject) {
        await().atMost(TIMEOUT).until(() -> !mailsTo(to, subject).isEmpty());
        return mailsTo(to, subject).get(0);
    }
}
