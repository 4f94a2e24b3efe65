package org.healthjournal.pipeline.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import org.healthjournal.pipeline.e2e.support.Drafts;
import org.healthjournal.pipeline.e2e.support.HttpResult;
import org.healthjournal.pipeline.e2e.support.LocalStackExtension;
import org.healthjournal.pipeline.e2e.support.PipelineClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The four-eyes rule across services: a writer who also reviews never signs off her own article. */
@ExtendWith(LocalStackExtension.class)
class ReviewRulesIT {

    @Test
    void reviewerCannotSignOffHerOwnArticle(PipelineClient pipeline) {
        HttpResult submitted = pipeline.submitDraft("drcarol",
                Drafts.sample(Drafts.uniqueTitle("Does a Mediterranean diet help mood?")));
        assertThat(submitted.status()).as(submitted.toString()).isEqualTo(202);
        String articleId = submitted.json().path("articleId").asText();

        AtomicReference<JsonNode> task = new AtomicReference<>();
        await("drbob's review task").atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500)).untilAsserted(() ->
                assertThat(pipeline.taskFor("drbob", articleId)).hasValueSatisfying(task::set));

        assertThat(pipeline.taskFor("drcarol", articleId)).as("her own article is not in her inbox").isEmpty();
        HttpResult decision = pipeline.decide("drcarol", task.get().path("taskId").asText(), "APPROVE", "Looks fine to me");
        assertThat(decision.status()).as(decision.toString()).isEqualTo(403);
        assertThat(decision.contentType()).startsWith("application/problem+json");

        HttpResult draft = pipeline.draft("drcarol", articleId);
        assertThat(draft.json().path("status").asText()).as(draft.toString()).isEqualTo("SUBMITTED");
    }
}
