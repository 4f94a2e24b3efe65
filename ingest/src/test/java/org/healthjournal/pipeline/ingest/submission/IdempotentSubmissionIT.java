package org.healthjournal.pipeline.ingest.submission;

import org.healthjournal.pipeline.ingest.IngestIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

class IdempotentSubmissionIT extends IngestIntegrationTest {

    @Autowired
    JdbcClient jdbc;

    private String submitWithKey(String user, String key, Object draft, int expectedStatus) throws Exception {
        String body = mvc.perform(post("/api/drafts").with(httpBasic(user, user + "-pw"))
                        .header("Idempotency-Key", key)
                        .contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsBytes(draft)))
                .andExpect(status().is(expectedStatus))
                .andReturn().getResponse().getContentAsString();
        return json.readTree(body).path("articleId").asText();
    }

    private long eventsFor(String articleId) {
        return jdbc.sql("select count(*) from outbox_event where payload like ?").param("%" + articleId + "%")
                .query(Long.class).single()
                + jdbc.sql("select count(*) from draft_version where article_id = ?").param(articleId)
                .query(Long.class).single();
    }

    @Test
    void aRetryWithTheSameKeyReturnsTheFirstReceiptAndCreatesNothing() throws Exception {
        String key = UUID.randomUUID().toString();
        Map<String, Object> draft = draft("Retried after a lost answer");

        String first = submitWithKey("alice", key, draft, 202);
        long stored = eventsFor(first);
        String again = submitWithKey("alice", key, draft, 202);

        assertThat(again).isEqualTo(first);
        assertThat(eventsFor(first)).isEqualTo(stored);
        assertThat(jdbc.sql("select count(*) from draft where title = ?").param("Retried after a lost answer")
                .query(Long.class).single()).isOne();
    }

    @Test
    void theSameKeyWithADifferentDraftIsRefused() throws Exception {
        String key = UUID.randomUUID().toString();
        String first = submitWithKey("alice", key, draft("First use of the key"), 202);

        mvc.perform(post("/api/drafts").with(httpBasic("alice", "alice-pw")).header("Idempotency-Key", key)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(json.writeValueAsBytes(draft("Another draft, same key"))))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.articleId").value(first));
    }

    @Test
    void keysBelongToOneWriter() throws Exception {
        String key = UUID.randomUUID().toString();
        Map<String, Object> draft = draft("Two writers, one key");
        assertThat(submitWithKey("alice", key, draft, 202)).isNotEqualTo(submitWithKey("dana", key, draft, 202));
    }

    @Test
    void aRevisionRetriedWithItsKeyIsOneNewVersion() throws Exception {
        String articleId = submit("alice", draft("Revised twice over a flaky line"));
        jdbc.sql("update draft set status = 'CHANGES_REQUESTED' where article_id = ?").param(articleId).update();
        String key = UUID.randomUUID().toString();
        Map<String, Object> revision = draft("Revised once, sent twice");

        for (int attempt = 0; attempt < 2; attempt++) {
            mvc.perform(post("/api/drafts/" + articleId + "/revisions").with(httpBasic("alice", "alice-pw"))
                            .header("Idempotency-Key", key)
                            .contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsBytes(revision)))
                    .andExpect(status().isAccepted())
                    .andExpect(jsonPath("$.version").value(2));
        }
        assertThat(jdbc.sql("select count(*) from draft_version where article_id = ?").param(articleId)
                .query(Long.class).single()).isEqualTo(2);
    }

    @Test
    void aKeyThatIsNotPlainAsciiIsABadRequest() throws Exception {
        mvc.perform(post("/api/drafts").with(httpBasic("alice", "alice-pw")).header("Idempotency-Key", "x".repeat(201))
                        .contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsBytes(draft("Bad key"))))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("Idempotency-Key"));
    }
}
