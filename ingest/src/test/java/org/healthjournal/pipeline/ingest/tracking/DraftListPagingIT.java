package org.healthjournal.pipeline.ingest.tracking;

import com.fasterxml.jackson.databind.JsonNode;
import org.healthjournal.pipeline.ingest.IngestIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

class DraftListPagingIT extends IngestIntegrationTest {

    private JsonNode list(String user, String query) throws Exception {
        return json.readTree(mvc.perform(get("/api/drafts" + query).with(httpBasic(user, user + "-pw")))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString());
    }

    private static List<String> ids(JsonNode page) {
        List<String> ids = new ArrayList<>();
        page.path("items").forEach(item -> ids.add(item.path("articleId").asText()));
        return ids;
    }

    @Test
    void aWritersDraftsComePagedNewestFirstWithTheTotal() throws Exception {
        String first = submit("dana", draft("Dana on sleep and immunity"));
        String second = submit("dana", draft("Dana on naps"));
        String third = submit("dana", draft("Dana on night shifts"));

        JsonNode everything = list("dana", "?size=500");
        long total = everything.path("total").asLong();
        assertThat(ids(everything)).hasSize((int) total).startsWith(third, second, first);

        JsonNode page0 = list("dana", "?page=0&size=2");
        JsonNode page1 = list("dana", "?page=1&size=2");
        assertThat(page0.path("total").asLong()).isEqualTo(total);
        assertThat(page0.path("page").asInt()).isZero();
        assertThat(page0.path("size").asInt()).isEqualTo(2);
        assertThat(ids(page0)).containsExactly(third, second);
        assertThat(ids(page1)).startsWith(first).hasSizeLessThanOrEqualTo(2);
    }

    @Test
    void anEditorFiltersEveryWritersDraftsByStatus() throws Exception {
        String alices = submit("alice", draft("Alice on hand washing"));

        JsonNode submitted = list("erin", "?status=SUBMITTED&size=500");
        assertThat(ids(submitted)).contains(alices);
        submitted.path("items").forEach(item -> assertThat(item.path("status").asText()).isEqualTo("SUBMITTED"));
        assertThat(ids(list("erin", "?status=PUBLISHED&size=500"))).doesNotContain(alices);
    }

    @Test
    void anUnknownStatusOrPageSizeIsAProblem() throws Exception {
        mvc.perform(get("/api/drafts?status=LOST").with(httpBasic("erin", "erin-pw")))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(get("/api/drafts?size=0").with(httpBasic("erin", "erin-pw")))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    }

    @Test
    void theEditorsPageListsEveryDraftWithAStatusFilterAndIsForEditorsOnly() throws Exception {
        submit("alice", draft("Alice on the common cold"));
        submit("dana", draft("Dana on the common cold"));

        mvc.perform(get("/drafts/all").with(user("erin").roles("EDITOR", "WRITER")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Alice on the common cold")))
                .andExpect(content().string(containsString("Dana on the common cold")))
                .andExpect(content().string(containsString("<option value=\"RETRACTED\"")));
        mvc.perform(get("/drafts/all?status=PUBLISHED").with(user("erin").roles("EDITOR", "WRITER")))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("Alice on the common cold"))));
        mvc.perform(get("/drafts/all").with(user("alice").roles("WRITER")))
                .andExpect(status().isForbidden());
    }
}
