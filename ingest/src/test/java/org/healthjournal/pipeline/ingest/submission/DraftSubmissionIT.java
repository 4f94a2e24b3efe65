package org.healthjournal.pipeline.ingest.submission;

import com.fasterxml.jackson.databind.JsonNode;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.healthjournal.pipeline.events.ArticleEvent;
import org.healthjournal.pipeline.events.DraftSubmitted;
import org.healthjournal.pipeline.events.EventCodec;
import org.healthjournal.pipeline.events.Reference;
import org.healthjournal.pipeline.ingest.IngestIntegrationTest;
import org.healthjournal.pipeline.testkit.TestTopics;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MvcResult;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

class DraftSubmissionIT extends IngestIntegrationTest {

    @Test
    void acceptsDraftAndPublishesDraftSubmittedKeyedByArticleId() throws Exception {
        MvcResult result = postJson("/api/drafts", "alice", draft("Could vitamin D shorten a cold?"))
                .andExpect(status().isAccepted())
                .andExpect(jsonPath("$.version").value(1))
                .andExpect(jsonPath("$.status").value("SUBMITTED"))
                .andReturn();
        String articleId = json.readTree(result.getResponse().getContentAsString()).path("articleId").asText();
        assertThat(result.getResponse().getHeader("Location")).isEqualTo("/api/drafts/" + articleId);

        List<ConsumerRecord<String, byte[]>> records =
                TestTopics.recordsWithKey(pipeline.getTopics().getDrafts(), articleId, 1);
        ArticleEvent event = EventCodec.fromJson(records.get(0).value()).orElseThrow();
        assertThat(event).isInstanceOfSatisfying(DraftSubmitted.class, submitted -> {
            assertThat(submitted.articleVersion()).isEqualTo(1);
            assertThat(submitted.author()).isEqualTo("alice");
            assertThat(submitted.correlationId()).isNotBlank();
            assertThat(submitted.content().title()).isEqualTo("Could vitamin D shorten a cold?");
            assertThat(submitted.content().category()).isEqualTo("Immune Health");
            assertThat(submitted.content().tags()).containsExactly("vitamin-d", "immunity");
            assertThat(submitted.content().body()).contains("[1]");
            assertThat(submitted.content().references()).containsExactly(new Reference(
                    "Vitamin D supplementation: a systematic review",
                    "https://pmc.ncbi.nlm.nih.gov/articles/PMC0000001/", 2024, "peer-reviewed review"));
            assertThat(submitted.content().keyTakeaway()).startsWith("Ask your care team");
        });

        JsonNode stored = read(articleId, "alice");
        assertThat(stored.path("status").asText()).isEqualTo("SUBMITTED");
        assertThat(stored.path("history")).hasSize(1);
    }

    @Test
    void carriesPublishAtAndChangeNoteFromJsonAndMarkdownIntoDraftSubmitted() throws Exception {
        java.util.Map<String, Object> draft = draft("When is the best time to get a flu shot?");
        String at = java.time.OffsetDateTime.now(java.time.ZoneOffset.ofHours(1)).plusDays(3).withNano(0).toString();
        draft.put("publishAt", at);
        draft.put("changeNote", "First edition.");
        String articleId = submit("alice", draft);
        DraftSubmitted fromJson = (DraftSubmitted) EventCodec.fromJson(
                TestTopics.recordsWithKey(pipeline.getTopics().getDrafts(), articleId, 1).get(0).value()).orElseThrow();
        assertThat(fromJson.content().publishAt()).isEqualTo(java.time.OffsetDateTime.parse(at).toInstant());
        assertThat(fromJson.content().changeNote()).isEqualTo("First edition.");

        String file = """
                ---
                title: Does zinc help with colds?
                dek: Small trials disagree.
                category: Immune Health
                publishAt: %s
                changeNote: Scheduled for the winter issue.
                references:
                  - {title: Zinc for the common cold, url: "https://doi.org/10.1002/14651858", year: 2013}
                ---
                Lozenges may shorten colds a little [1].
                """.formatted(at);
        String response = mvc.perform(post("/api/drafts").with(httpBasic("alice", "alice-pw"))
                        .contentType("text/markdown").content(file))
                .andExpect(status().isAccepted())
                .andReturn().getResponse().getContentAsString();
        String markdownId = json.readTree(response).path("articleId").asText();
        DraftSubmitted fromMarkdown = (DraftSubmitted) EventCodec.fromJson(
                TestTopics.recordsWithKey(pipeline.getTopics().getDrafts(), markdownId, 1).get(0).value()).orElseThrow();
        assertThat(fromMarkdown.content().publishAt()).isEqualTo(java.time.OffsetDateTime.parse(at).toInstant());
        assertThat(fromMarkdown.content().changeNote()).isEqualTo("Scheduled for the winter issue.");
    }

    @Test
    void refusesAPublishAtInThePastWith422NamingIt() throws Exception {
        java.util.Map<String, Object> draft = draft("Is a flu shot safe in pregnancy?");
        draft.put("publishAt", "2020-01-01T09:00:00Z");
        postJson("/api/drafts", "alice", draft)
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.errors[0].field").value("publishAt"))
                .andExpect(jsonPath("$.errors[0].message").value("must be in the future"));
    }

    @Test
    void acceptsMarkdownFileWithFrontMatter() throws Exception {
        String file = """
                ---
                title: Does zinc help with colds?
                dek: Small trials disagree.
                category: Immune Health
                tags: [zinc]
                references:
                  - {title: Zinc for the common cold, url: "https://doi.org/10.1002/14651858", year: 2013}
                ---
                ## What did the review find?

                Lozenges may shorten colds a little [1].
                """;
        String response = mvc.perform(post("/api/drafts").with(httpBasic("alice", "alice-pw"))
                        .contentType("text/markdown").content(file))
                .andExpect(status().isAccepted())
                .andExpect(header().string("Location", startsWith("/api/drafts/")))
                .andReturn().getResponse().getContentAsString();
        String articleId = json.readTree(response).path("articleId").asText();

        ArticleEvent event = EventCodec.fromJson(
                TestTopics.recordsWithKey(pipeline.getTopics().getDrafts(), articleId, 1).get(0).value()).orElseThrow();
        assertThat(((DraftSubmitted) event).content().title()).isEqualTo("Does zinc help with colds?");
        assertThat(((DraftSubmitted) event).content().body()).startsWith("## What did the review find?");
    }

    @Test
    void refusesDraftWithoutTitleOrBodyOrReferenceUrlNamingEachFieldWith422() throws Exception {
        Map<String, Object> incomplete = draft(null);
        incomplete.remove("body");
        incomplete.put("references", List.of(Map.of("title", "A study without a link")));

        postJson("/api/drafts", "alice", incomplete)
                .andExpect(status().isUnprocessableEntity())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[*].field", containsInAnyOrder("body", "references[0].url", "title")));
    }

    @Test
    void rejectsReferenceThatIsNotAnHttpLink() throws Exception {
        Map<String, Object> draft = draft("Is this link safe?");
        draft.put("references", List.of(Map.of("title", "A study", "url", "javascript:alert(1)")));

        postJson("/api/drafts", "alice", draft)
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.errors[0].field").value("references[0].url"));
    }

    @Test
    void rejectsMalformedJson() throws Exception {
        mvc.perform(post("/api/drafts").with(httpBasic("alice", "alice-pw"))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"title\": \"Commas\",, }"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail", containsString("not valid JSON")));
    }

    @Test
    void rejectsMarkdownWithoutFrontMatter() throws Exception {
        mvc.perform(post("/api/drafts").with(httpBasic("alice", "alice-pw"))
                        .contentType("text/markdown").content("# Just a heading\n\nNo front matter."))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors", empty()));
    }

    @Test
    void challengesAnonymousCallerWithProblemJson() throws Exception {
        mvc.perform(post("/api/drafts").contentType(MediaType.APPLICATION_JSON)
                        .content(json.writeValueAsBytes(draft("Anonymous"))))
                .andExpect(status().isUnauthorized())
                .andExpect(header().string("WWW-Authenticate", startsWith("Basic")))
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    }

    @Test
    void rejectsWrongPassword() throws Exception {
        mvc.perform(post("/api/drafts").with(httpBasic("alice", "not-her-password"))
                        .contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsBytes(draft("Guess"))))
                .andExpect(status().isUnauthorized())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    }

    @Test
    void forbidsReviewerFromSubmitting() throws Exception {
        postJson("/api/drafts", "drbob", draft("A reviewer's own piece"))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    }
}
