package org.healthjournal.pipeline.ingest.tracking;

import com.fasterxml.jackson.databind.JsonNode;
import org.apache.camel.CamelContext;
import org.apache.camel.builder.NotifyBuilder;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.healthjournal.pipeline.events.ArticleApproved;
import org.healthjournal.pipeline.events.ArticleEvent;
import org.healthjournal.pipeline.events.ArticlePublished;
import org.healthjournal.pipeline.events.ChangesRequested;
import org.healthjournal.pipeline.events.DraftSubmitted;
import org.healthjournal.pipeline.events.EventCodec;
import org.healthjournal.pipeline.ingest.IngestIntegrationTest;
import org.healthjournal.pipeline.testkit.TestTopics;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

class DraftStatusTrackingIT extends IngestIntegrationTest {

    @Autowired
    CamelContext camel;

    @Test
    void followsReviewAndPublicationWithOneHistoryRowPerEventEvenWhenRedelivered() throws Exception {
        String articleId = submit("alice", draft("Could vitamin D shorten a cold?"));
        DraftSubmitted first = submitted(articleId, 1);

        ChangesRequested changes = new ChangesRequested(UUID.randomUUID(), null, 0, articleId, 1, Instant.now(),
                first.correlationId(), "alice", "drbob", "Say how strong the evidence is.");
        deliverTwice(StatusTrackingRoutes.REVIEWS_ROUTE, pipeline.getTopics().getReviews(), changes);
        JsonNode waiting = read(articleId, "alice");
        assertThat(waiting.path("status").asText()).isEqualTo("CHANGES_REQUESTED");
        assertThat(waiting.path("reviewer").asText()).isEqualTo("drbob");
        assertThat(waiting.path("reviewerComments").asText()).isEqualTo("Say how strong the evidence is.");

        postJson("/api/drafts/" + articleId + "/revisions", "alice", draft("Could vitamin D shorten a cold? (revised)"))
                .andExpect(status().isAccepted())
                .andExpect(jsonPath("$.version").value(2))
                .andExpect(jsonPath("$.status").value("SUBMITTED"));
        DraftSubmitted revision = submitted(articleId, 2);
        assertThat(revision.correlationId()).isEqualTo(first.correlationId());
        assertThat(revision.content().title()).endsWith("(revised)");

        ArticleApproved approved = new ArticleApproved(UUID.randomUUID(), null, 0, articleId, 2, Instant.now(),
                first.correlationId(), "alice", "drbob", Instant.now(), "Clear and well sourced.", revision.content());
        ChangesRequested late = new ChangesRequested(UUID.randomUUID(), null, 0, articleId, 1, Instant.now(),
                first.correlationId(), "alice", "drbob", "A stale request about version 1.");
        NotifyBuilder reviewed = new NotifyBuilder(camel).fromRoute(StatusTrackingRoutes.REVIEWS_ROUTE).whenDone(3).create();
        TestTopics.send(pipeline.getTopics().getReviews(), approved);
        TestTopics.send(pipeline.getTopics().getReviews(), approved);
        TestTopics.send(pipeline.getTopics().getReviews(), late);
        assertThat(reviewed.matches(30, TimeUnit.SECONDS)).isTrue();
        assertThat(read(articleId, "alice").path("status").asText()).isEqualTo("APPROVED");

        ArticlePublished published = new ArticlePublished(UUID.randomUUID(), null, 0, articleId, 2, Instant.now(),
                first.correlationId(), "alice", "drbob", "could-vitamin-d-shorten-a-cold",
                "https://journal.example.org/articles/could-vitamin-d-shorten-a-cold", revision.content().title(),
                revision.content().dek(), revision.content().category(), revision.content().tags(), Instant.now());
        deliverTwice(StatusTrackingRoutes.PUBLISHED_ROUTE, pipeline.getTopics().getPublished(), published);

        JsonNode done = read(articleId, "alice");
        assertThat(done.path("status").asText()).isEqualTo("PUBLISHED");
        assertThat(done.path("version").asInt()).isEqualTo(2);
        assertThat(done.path("publishedUrl").asText()).isEqualTo(published.url());
        assertThat(done.path("reviewer").asText()).isEqualTo("drbob");
        assertThat(history(done)).containsExactly(
                "v1 SUBMITTED by alice",
                "v1 CHANGES_REQUESTED by drbob: Say how strong the evidence is.",
                "v2 SUBMITTED by alice",
                "v2 APPROVED by drbob: Clear and well sourced.",
                "v2 PUBLISHED");
    }

    @Test
    void keepsPublishedStatusWhenApprovalIsReadAfterPublication() throws Exception {
        String articleId = submit("alice", draft("Is elderberry worth trying?"));
        DraftSubmitted submitted = submitted(articleId, 1);
        Instant approvedAt = Instant.now();
        ArticlePublished published = new ArticlePublished(UUID.randomUUID(), null, 0, articleId, 1,
                approvedAt.plusMillis(5), submitted.correlationId(), "alice", "drbob", "is-elderberry-worth-trying",
                "https://journal.example.org/articles/is-elderberry-worth-trying", submitted.content().title(),
                null, null, null, approvedAt.plusMillis(5));
        deliverTwice(StatusTrackingRoutes.PUBLISHED_ROUTE, pipeline.getTopics().getPublished(), published);

        ArticleApproved approved = new ArticleApproved(UUID.randomUUID(), null, 0, articleId, 1, approvedAt,
                submitted.correlationId(), "alice", "drbob", approvedAt, null, submitted.content());
        deliverTwice(StatusTrackingRoutes.REVIEWS_ROUTE, pipeline.getTopics().getReviews(), approved);

        JsonNode done = read(articleId, "alice");
        assertThat(done.path("status").asText()).isEqualTo("PUBLISHED");
        assertThat(done.path("reviewer").asText()).isEqualTo("drbob");
        assertThat(history(done)).containsExactly("v1 SUBMITTED by alice", "v1 APPROVED by drbob", "v1 PUBLISHED");
    }

    private void deliverTwice(String routeId, String topic, ArticleEvent event)
            throws Exception {
        NotifyBuilder handled = new NotifyBuilder(camel).fromRoute(routeId).whenDone(2).create();
        TestTopics.send(topic, event);
        TestTopics.send(topic, event);
        assertThat(handled.matches(30, TimeUnit.SECONDS)).as("%s handled both deliveries", routeId).isTrue();
    }

    private DraftSubmitted submitted(String articleId, int version) {
        List<ConsumerRecord<String, byte[]>> records =
                TestTopics.recordsWithKey(pipeline.getTopics().getDrafts(), articleId, version);
        return (DraftSubmitted) EventCodec.fromJson(records.get(version - 1).value()).orElseThrow();
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
