package org.healthjournal.pipeline.notifier.staff;

import jakarta.mail.internet.MimeMessage;
import org.healthjournal.pipeline.events.ArticleApproved;
import org.healthjournal.pipeline.events.ArticleContent;
import org.healthjournal.pipeline.events.ArticlePublished;
import org.healthjournal.pipeline.events.ArticleRejected;
import org.healthjournal.pipeline.events.ArticleRetracted;
import org.healthjournal.pipeline.events.ArticleScheduled;
import org.healthjournal.pipeline.events.ArticleUpdated;
import org.healthjournal.pipeline.events.PeriodicReviewOpened;
import org.healthjournal.pipeline.events.ReviewOverdue;
import org.healthjournal.pipeline.events.ReviewerSignOff;
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
    private static final String RITA = "rita@staff.example.org";
    private static final String ROSS = "ross@staff.example.org";

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

    @Test
    void theWriterIsToldOfTheScheduleTheUpdateAndTheRetractionWithTheReason() {
        String articleId = "lifecycle-" + run;
        Instant publishAt = Instant.parse("2030-03-04T05:06:00Z");
        TestTopics.send(Topics.PUBLISHED, new ArticleScheduled(UUID.randomUUID(), null, 0, articleId, 1,
                Instant.now(), "c", WRITER, articleId, "https://journal.example.test/articles/" + articleId,
                "Later " + run, publishAt));
        TestTopics.send(Topics.PUBLISHED, new ArticleUpdated(UUID.randomUUID(), null, 0, articleId, 2, Instant.now(),
                "c", WRITER, "drbob", articleId, "https://journal.example.test/articles/" + articleId,
                "Later " + run, "Dek", "Sleep", List.of(), Instant.now(), Instant.now(), "Added the 2024 trial.",
                4, List.of()));
        // an article the notifier never listed: the mail names it by its id
        String retracted = "retracted-" + run;
        TestTopics.send(Topics.REVIEWS, new ArticleRetracted(UUID.randomUUID(), null, 0, retracted, 2, Instant.now(),
                "c", WRITER, "drbob", "The cited trial was withdrawn.", Instant.now()));

        assertThat(textOf(awaitOne(WANDA, "Scheduled: Later " + run))).contains("4 Mar 2030, 05:06 UTC",
                "Will be at: https://journal.example.test/articles/" + articleId);
        assertThat(textOf(awaitOne(WANDA, "Updated: Later " + run))).contains("is live",
                "https://journal.example.test/articles/" + articleId, "What changed:", "Added the 2024 trial.");
        assertThat(textOf(awaitOne(WANDA, "Retracted: " + retracted))).contains("drbob retracted your article",
                "Reason:", "The cited trial was withdrawn.");
    }

    @Test
    void approvalNamesEveryReviewerAndAnAutomatedChangeRequestCarriesTheFindings() {
        String title = "Signed " + run;
        ArticleApproved plain = approved("signed-" + run, WRITER, title);
        TestTopics.send(Topics.REVIEWS, new ArticleApproved(plain.eventId(), null, 0, plain.articleId(), 1,
                Instant.now(), "c", WRITER, "drcho", Instant.now(), null, plain.content(), List.of(
                        new ReviewerSignOff("drbob", "Dr Bob Rivera", "MD, haematologist", Instant.now()),
                        new ReviewerSignOff("drcho", "Dr Mei Cho", "PharmD", Instant.now())),
                Instant.parse("2027-06-01T00:00:00Z")));
        TestTopics.send(Topics.REVIEWS, new ChangesRequested(UUID.randomUUID(), null, 0, "blocked-" + run, 1,
                Instant.now(), "c", WRITER, "automated checks",
                "BLOCKER advice.stop-medication: \"stop taking your medication\" (section Treatment)"));

        assertThat(textOf(awaitOne(WANDA, "Approved: " + title))).contains(
                "Medically reviewed by Dr Bob Rivera, MD, haematologist",
                "Medically reviewed by Dr Mei Cho, PharmD", "Next review due: 1 Jun 2027");
        assertThat(textOf(awaitOne(WANDA, "Changes requested: blocked-" + run))).contains(
                "The automated checks found problems", "Findings:", "advice.stop-medication");
    }

    @Test
    void everyReviewerWhoWantsItIsToldOfAnOverdueReviewAndOfAPeriodicReReview() {
        String articleId = "overdue-" + run;
        TestTopics.send(Topics.REVIEWS, new ReviewOverdue(UUID.randomUUID(), null, 0, articleId, 1, Instant.now(),
                "c", WRITER, "task-" + run, "Medical review", "Slow " + run, Instant.parse("2026-01-02T03:04:00Z")));
        TestTopics.send(Topics.REVIEWS, new PeriodicReviewOpened(UUID.randomUUID(), null, 0, "periodic-" + run, 3,
                Instant.now(), "c", WRITER, "task-p-" + run, "Old " + run, Instant.parse("2026-12-01T00:00:00Z")));

        assertThat(textOf(awaitOne(RITA, "Review overdue: Slow " + run))).contains("is overdue",
                "Task: Medical review", "Was due: 2 Jan 2026, 03:04 UTC");
        assertThat(textOf(awaitOne(RITA, "Periodic review open: Old " + run))).contains("periodic medical review");
        assertThat(textOf(awaitOne(ROSS, "Periodic review open: Old " + run))).contains("1 Dec 2026");
        assertThat(mailsTo(ROSS, "Review overdue: Slow " + run)).as("turned off").isEmpty();
        assertThat(mailsTo(WANDA, "Review overdue: Slow " + run)).as("not a reviewer").isEmpty();
    }

    @Test
    void anEventOlderThanTheMaximumAgeMailsNoOne() {
        // one article, so one partition: the old event is handled before the fresh one
        String articleId = "old-" + run;
        TestTopics.send(Topics.REVIEWS, new ArticleRejected(UUID.randomUUID(), null, 0, articleId, 1,
                Instant.now().minus(Duration.ofDays(3)), "c", WRITER, "Dr Rev", "Long ago."));
        TestTopics.send(Topics.REVIEWS, new ArticleRejected(UUID.randomUUID(), null, 0, articleId, 2, Instant.now(),
                "c", WRITER, "Dr Rev", "Now."));

        assertThat(textOf(awaitOne(WANDA, "Rejected: " + articleId))).contains("Now.");
        assertThat(mailsTo(WANDA, "Rejected: " + articleId)).hasSize(1);
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
