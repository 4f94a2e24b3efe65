package org.healthjournal.pipeline.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import org.healthjournal.pipeline.devstack.mail.ReceivedMail;
import org.healthjournal.pipeline.e2e.support.Drafts;
import org.healthjournal.pipeline.e2e.support.HttpResult;
import org.healthjournal.pipeline.e2e.support.LocalStackExtension;
import org.healthjournal.pipeline.e2e.support.MailLinks;
import org.healthjournal.pipeline.e2e.support.PipelineClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The whole pipeline, four services as real processes, from a writer's draft to a subscriber's inbox. */
@ExtendWith(LocalStackExtension.class)
class PipelineIT {

    private static final Duration PATIENCE = Duration.ofSeconds(60);

    @Test
    void approvedDraftIsPublishedToSiteFeedAndConfirmedSubscribers(PipelineClient pipeline) {
        String reader = "reader-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        subscribeAndConfirm(pipeline, reader);

        String title = Drafts.uniqueTitle("Can changing what you eat ease depression?");
        HttpResult submitted = pipeline.submitDraft("alice", Drafts.sample(title));
        assertThat(submitted.status()).as(submitted.toString()).isEqualTo(202);
        String articleId = submitted.json().path("articleId").asText();
        assertThat(articleId).isNotBlank();
        assertThat(submitted.header("Location")).hasValueSatisfying(location ->
                assertThat(location).endsWith("/api/drafts/" + articleId));

        AtomicReference<JsonNode> task = new AtomicReference<>();
        await("drbob's review task").atMost(PATIENCE).pollInterval(Duration.ofMillis(500)).untilAsserted(() ->
                assertThat(pipeline.taskFor("drbob", articleId)).hasValueSatisfying(task::set));
        assertThat(task.get().path("version").asInt()).isEqualTo(1);
        assertThat(task.get().path("title").asText()).isEqualTo(title);
        assertThat(task.get().path("author").asText()).isEqualTo("alice");

        HttpResult decision = pipeline.decide("drbob", task.get().path("taskId").asText(), "APPROVE",
                "Claims match the cited trials; limits are stated.");
        assertThat(decision.status()).as(decision.toString()).isEqualTo(200);
        // the sample is filed under Mental Health, a HIGH-risk category: drcarol signs a second review
        pipeline.approveSecondReviewIfAsked("drbob", articleId);

        AtomicReference<JsonNode> published = new AtomicReference<>();
        await("the published article").atMost(PATIENCE).pollInterval(Duration.ofMillis(500)).untilAsserted(() -> {
            HttpResult article = pipeline.publishedArticle("erin", articleId);
            assertThat(article.status()).as(article.toString()).isEqualTo(200);
            published.set(article.json());
        });
        String slug = published.get().path("slug").asText();
        String url = published.get().path("url").asText();
        assertThat(url).isEqualTo(pipeline.stack().publisherUrl() + "/articles/" + slug);

        HttpResult page = pipeline.open(url);
        assertThat(page.status()).as(page.toString()).isEqualTo(200);
        assertThat(page.body()).contains(title, "<h2", "href=\"#ref-1\"");

        await("the feed item").atMost(PATIENCE).pollInterval(Duration.ofMillis(500)).untilAsserted(() ->
                assertThat(pipeline.open(pipeline.stack().notifierUrl() + "/feed.xml").body()).contains(title, url));

        await("the subscriber's mail").atMost(PATIENCE).pollInterval(Duration.ofSeconds(1)).untilAsserted(() ->
                assertThat(pipeline.mailbox(reader))
                        .filteredOn(mail -> mail.subject().equals(title))
                        .singleElement()
                        .satisfies(mail -> assertThat(mail.text()).contains(url)));

        await("the writer's status").atMost(PATIENCE).pollInterval(Duration.ofMillis(500)).untilAsserted(() -> {
            HttpResult draft = pipeline.draft("alice", articleId);
            assertThat(draft.status()).as(draft.toString()).isEqualTo(200);
            assertThat(draft.json().path("status").asText()).isEqualTo("PUBLISHED");
        });
    }

    @Test
    void anonymousDraftSubmissionIsRefusedWithProblemDetails(PipelineClient pipeline) {
        HttpResult result = pipeline.submitDraftAnonymously(Drafts.sample(Drafts.uniqueTitle("Anonymous?")));

        assertThat(result.status()).as(result.toString()).isEqualTo(401);
        assertThat(result.contentType()).startsWith("application/problem+json");
        assertThat(result.header("WWW-Authenticate")).hasValueSatisfying(value -> assertThat(value).startsWith("Basic"));
        assertThat(result.json().path("status").asInt()).isEqualTo(401);
    }

    private static void subscribeAndConfirm(PipelineClient pipeline, String reader) {
        HttpResult subscribed = pipeline.subscribe(reader);
        assertThat(subscribed.status()).as(subscribed.toString()).isEqualTo(202);

        AtomicReference<String> confirmLink = new AtomicReference<>();
        await("the confirmation mail").atMost(PATIENCE).pollInterval(Duration.ofSeconds(1)).untilAsserted(() -> {
            List<ReceivedMail> mails = pipeline.mailbox(reader);
            assertThat(mails).hasSize(1);
            assertThat(MailLinks.find(mails.get(0).text(), "/subscriptions/confirm?token="))
                    .hasValueSatisfying(confirmLink::set);
        });
        assertThat(confirmLink.get()).startsWith(pipeline.stack().notifierUrl());

        HttpResult confirmed = pipeline.open(confirmLink.get());
        assertThat(confirmed.status()).as(confirmed.toString()).isEqualTo(200);
        assertThat(confirmed.body()).containsIgnoringCase("subscribed");
    }
}
