package org.healthjournal.pipeline.ingest.tracking;

import com.fasterxml.jackson.databind.JsonNode;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.healthjournal.pipeline.events.ArticleApproved;
import org.healthjournal.pipeline.events.ArticleEvent;
import org.healthjournal.pipeline.events.ArticlePublished;
import org.healthjournal.pipeline.events.ArticleRetracted;
import org.healthjournal.pipeline.events.ArticleReviewConfirmed;
import org.healthjournal.pipeline.events.ArticleScheduled;
import org.healthjournal.pipeline.events.ArticleUpdated;
import org.healthjournal.pipeline.events.ArticleWithdrawn;
import org.healthjournal.pipeline.events.ChangesRequested;
import org.healthjournal.pipeline.events.DraftSubmitted;
import org.healthjournal.pipeline.events.EventCodec;
import org.healthjournal.pipeline.events.PeriodicReviewOpened;
import org.healthjournal.pipeline.events.ReviewClaimed;
import org.healthjournal.pipeline.events.ReviewOverdue;
import org.healthjournal.pipeline.events.ReviewerSignOff;
import org.healthjournal.pipeline.ingest.IngestIntegrationTest;
import org.healthjournal.pipeline.support.idempotency.ProcessedEvents;
import org.healthjournal.pipeline.testkit.TestTopics;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The writer follows the whole life of an article: review, schedule, publication, re-review, update, retraction. */
class DraftLifecycleIT extends IngestIntegrationTest {

    private static final String URL = "https://journal.example.org/articles/does-zinc-help";

    @Autowired
    ProcessedEvents processedEvents;

    @Test
    void followsClaimScheduleGoLiveReReviewUpdateAndRetraction() throws Exception {
        String articleId = submit("alice", draft("Does zinc help a cold?"));
        DraftSubmitted v1 = submitted(articleId, 1);
        String corr = v1.correlationId();
        Instant t = Instant.now();

        review(new ReviewClaimed(UUID.randomUUID(), null, 0, articleId, 1, t.plusMillis(1), corr, "alice", "task-1",
                "drbob"));
        assertThat(statusOf(articleId)).isEqualTo("IN_REVIEW");
        review(new ReviewOverdue(UUID.randomUUID(), null, 0, articleId, 1, t.plusMillis(2), corr, "alice", "task-1",
                "Medical review", "Does zinc help a cold?", t.plusMillis(1)));
        assertThat(statusOf(articleId)).isEqualTo("IN_REVIEW");
        review(new ArticleApproved(UUID.randomUUID(), null, 0, articleId, 1, t.plusMillis(3), corr, "alice", "drbob",
                t.plusMillis(3), "Well sourced.", v1.content()));
        published(new ArticleScheduled(UUID.randomUUID(), null, 0, articleId, 1, t.plusMillis(4), corr, "alice",
                "does-zinc-help", URL, "Does zinc help a cold?", t.plus(Duration.ofDays(2))));
        assertThat(statusOf(articleId)).isEqualTo("SCHEDULED");
        published(new ArticlePublished(UUID.randomUUID(), null, 0, articleId, 1, t.plusMillis(5), corr, "alice",
                "drbob", "does-zinc-help", URL, "Does zinc help a cold?", null, null, null, t.plusMillis(5)));
        review(new PeriodicReviewOpened(UUID.randomUUID(), null, 0, articleId, 1, t.plusMillis(6), corr, "alice",
                "task-2", "Does zinc help a cold?", t.plus(Duration.ofDays(30))));
        review(new ArticleReviewConfirmed(UUID.randomUUID(), null, 0, articleId, 1, t.plusMillis(7), corr, "alice",
                List.of(new ReviewerSignOff("drbob", "Dr Bob", "MD", t.plusMillis(7))), t.plusMillis(7),
                t.plus(Duration.ofDays(365)), null));
        assertThat(statusOf(articleId)).isEqualTo("PUBLISHED");

        review(new ChangesRequested(UUID.randomUUID(), null, 0, articleId, 1, t.plusMillis(8), corr, "alice", "drbob",
                "New trials came out; add them."));
        assertThat(statusOf(articleId)).isEqualTo("CHANGES_REQUESTED");
        postJson("/api/drafts/" + articleId + "/revisions", "alice", draft("Does zinc help a cold? (2026 update)"))
                .andExpect(status().isAccepted())
                .andExpect(jsonPath("$.version").value(2));
        DraftSubmitted v2 = submitted(articleId, 2);
        Instant t2 = Instant.now();
        review(new ArticleApproved(UUID.randomUUID(), null, 0, articleId, 2, t2, corr, "alice", "drbob", t2, null,
                v2.content()));
        published(new ArticleUpdated(UUID.randomUUID(), null, 0, articleId, 2, t2.plusSeconds(1), corr, "alice",
                "drbob", "does-zinc-help", URL, v2.content().title(), null, null, null, t.plusMillis(5),
                t2.plusSeconds(1), "Two new trials added.", 4, List.of()));
        assertThat(statusOf(articleId)).isEqualTo("PUBLISHED");
        review(new ArticleRetracted(UUID.randomUUID(), null, 0, articleId, 2, t2.plusSeconds(2), corr, "alice",
                "drbob", "The main trial was withdrawn by its journal.", t2.plusSeconds(2)));

        JsonNode done = read(articleId, "alice");
        assertThat(done.path("status").asText()).isEqualTo("RETRACTED");
        assertThat(history(done)).containsExactly(
                "v1 SUBMITTED by alice",
                "v1 IN_REVIEW by drbob",
                "v1 IN_REVIEW: Review overdue: it was due " + DraftLifecycleIT.when(t.plusMillis(1)) + ".",
                "v1 APPROVED by drbob: Well sourced.",
                "v1 SCHEDULED: Scheduled to go live on " + when(t.plus(Duration.ofDays(2))) + ".",
                "v1 PUBLISHED",
                "v1 PUBLISHED: Periodic review opened, due " + when(t.plus(Duration.ofDays(30))) + ".",
                "v1 PUBLISHED by drbob: Periodic review confirmed the article; next review due "
                        + when(t.plus(Duration.ofDays(365))) + ".",
                "v1 CHANGES_REQUESTED by drbob: New trials came out; add them.",
                "v2 SUBMITTED by alice",
                "v2 APPROVED by drbob",
                "v2 PUBLISHED: Published page updated: Two new trials added.",
                "v2 RETRACTED by drbob: The main trial was withdrawn by its journal.");
        postJson("/api/drafts/" + articleId + "/revisions", "alice", draft("Does zinc help a cold? (again)"))
                .andExpect(status().isConflict());
    }

    @Test
    void aWithdrawnArticleTakesNoRevision() throws Exception {
        String articleId = submit("alice", draft("Can honey soothe a cough?"));
        String corr = submitted(articleId, 1).correlationId();
        Instant t = Instant.now().plus(Duration.ofMinutes(1));
        review(new ChangesRequested(UUID.randomUUID(), null, 0, articleId, 1, t, corr, "alice", "drbob", "Cite the trials."));
        review(new ArticleWithdrawn(UUID.randomUUID(), null, 0, articleId, 1, t.plusSeconds(1), corr, "alice",
                "No revision came within 30 days."));

        assertThat(statusOf(articleId)).isEqualTo("WITHDRAWN");
        postJson("/api/drafts/" + articleId + "/revisions", "alice", draft("Can honey soothe a cough? (revised)"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.title").value("Draft cannot be revised now"));
    }

    @Test
    void aLateOlderEventGoesIntoTheHistoryButNeverMovesTheStatusBack() throws Exception {
        String articleId = submit("alice", draft("Does garlic prevent colds?"));
        String corr = submitted(articleId, 1).correlationId();
        Instant t = Instant.now().plus(Duration.ofMinutes(1));
        review(new ChangesRequested(UUID.randomUUID(), null, 0, articleId, 1, t.plusSeconds(10), corr, "alice", "drbob",
                "Too few sources."));
        review(new ReviewClaimed(UUID.randomUUID(), null, 0, articleId, 1, t.plusSeconds(5), corr, "alice", "task-9",
                "drbob"));

        JsonNode draft = read(articleId, "alice");
        assertThat(draft.path("status").asText()).isEqualTo("CHANGES_REQUESTED");
        assertThat(draft.path("reviewerComments").asText()).isEqualTo("Too few sources.");
        assertThat(history(draft)).containsExactly("v1 SUBMITTED by alice", "v1 IN_REVIEW by drbob",
                "v1 CHANGES_REQUESTED by drbob: Too few sources.");
    }

    private String statusOf(String articleId) throws Exception {
        return read(articleId, "alice").path("status").asText();
    }

    private void review(ArticleEvent event) throws Exception {
        deliver(StatusTrackingRoutes.REVIEWS_ROUTE, pipeline.getTopics().getReviews(), event);
    }

    private void published(ArticleEvent event) throws Exception {
        deliver(StatusTrackingRoutes.PUBLISHED_ROUTE, pipeline.getTopics().getPublished(), event);
    }

    /**
     * Sends the event and waits until the status tracker committed it. (Waiting for "one exchange
     * done on the route" could be satisfied by the previous event's exchange and let the test read
     * the status before this event was applied.)
     */
    private void deliver(String routeId, String topic, ArticleEvent event) {
        TestTopics.send(topic, event);
        await(routeId + " handled " + event.eventType()).atMost(Duration.ofSeconds(30))
                .until(() -> processedEvents.alreadyProcessed(StatusTracker.CONSUMER, event.eventId()));
    }

    private DraftSubmitted submitted(String articleId, int version) {
        List<ConsumerRecord<String, byte[]>> records =
                TestTopics.recordsWithKey(pipeline.getTopics().getDrafts(), articleId, version);
        return (DraftSubmitted) EventCodec.fromJson(records.get(version - 1).value()).orElseThrow();
    }

    static String when(Instant at) {
        return java.time.format.DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm 'UTC'")
                .withZone(java.time.ZoneOffset.UTC).format(at);
    }

    private static List<String> history(JsonNode draft) {
        List<String> rows = new ArrayList<>();
        draft.path("history").forEach(row -> rows.add("v" + row.path("version").asInt() + " "
                + row.path("status").asText()
                + (row.hasNonNull("by") ? " by " + row.path("by").asText() : "")
                + (row.hasNonNull("comments") ? ": " + row.path("comments").asText() : "")));
        return rows;
    }
}
