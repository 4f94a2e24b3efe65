package org.healthjournal.pipeline.ingest.tracking;

import com.fasterxml.jackson.databind.JsonNode;
import org.healthjournal.pipeline.ingest.IngestIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

class DraftAccessIT extends IngestIntegrationTest {

    @Test
    void anotherWriterCannotReadOrReviseSomeoneElsesDraft() throws Exception {
        String articleId = submit("alice", draft("Alice's piece on sleep"));

        mvc.perform(get("/api/drafts/" + articleId).with(httpBasic("dana", "dana-pw")))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        postJson("/api/drafts/" + articleId + "/revisions", "dana", draft("Dana's takeover"))
                .andExpect(status().isNotFound());
    }

    @Test
    void reviewersAndEditorsCanReadAnyDraftButOnlyTheAuthorMayRevise() throws Exception {
        String articleId = submit("alice", draft("Alice's piece on hydration"));

        assertThat(read(articleId, "drbob").path("author").asText()).isEqualTo("alice");
        assertThat(read(articleId, "erin").path("title").asText()).isEqualTo("Alice's piece on hydration");
        postJson("/api/drafts/" + articleId + "/revisions", "erin", draft("An editor's rewrite"))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    }

    @Test
    void refusesRevisionWhileDraftAwaitsReview() throws Exception {
        String articleId = submit("alice", draft("Alice's piece on fasting"));

        postJson("/api/drafts/" + articleId + "/revisions", "alice", draft("Too early"))
                .andExpect(status().isConflict())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value("SUBMITTED"));
        assertThat(read(articleId, "alice").path("version").asInt()).isEqualTo(1);
    }

    @Test
    void answersNotFoundForUnknownDraft() throws Exception {
        mvc.perform(get("/api/drafts/00000000-0000-0000-0000-000000000000").with(httpBasic("erin", "erin-pw")))
                .andExpect(status().isNotFound());
    }

    @Test
    void listsOwnDraftsNewestFirstAndEveryDraftForEditors() throws Exception {
        String older = submit("dana", draft("Dana's first piece"));
        String newer = submit("dana", draft("Dana's second piece"));
        String alices = submit("alice", draft("Alice's piece on walking"));

        List<String> danas = listed("dana");
        assertThat(danas).containsSubsequence(newer, older).doesNotContain(alices);
        assertThat(listed("erin")).contains(older, newer, alices);
        assertThat(listed("drbob")).isEmpty();
    }

    private List<String> listed(String user) throws Exception {
        String response = mvc.perform(get("/api/drafts").with(httpBasic(user, user + "-pw")))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        List<String> ids = new ArrayList<>();
        for (JsonNode item : json.readTree(response).path("items")) {
            ids.add(item.path("articleId").asText());
        }
        return ids;
    }
}
