package org.healthjournal.pipeline.ingest.submission;

import org.healthjournal.pipeline.ingest.IngestIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

import java.util.List;
import java.util.Map;

import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The bad inputs of issue 6, each refused with its field named, every problem at once. */
class StrictDraftValidationIT extends IngestIntegrationTest {

    @Test
    void everyProblemOfADraftIsListedAtOnceWith422() throws Exception {
        Map<String, Object> draft = draft("Zinc\u0000 and \u202Ecolds");
        draft.put("dek", "x".repeat(600));
        draft.put("category", "Astrology");
        draft.put("body", "Zinc may help [3].");
        draft.put("references", List.of(
                Map.of("title", "One", "url", "https://example.org/\"><b>x</b>", "year", 2020),
                Map.of("title", "Two", "url", "https://example.org/two", "year", 2021)));

        postJson("/api/drafts", "alice", draft)
                .andExpect(status().isUnprocessableEntity())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[*].field", containsInAnyOrder("body", "category", "dek",
                        "references[0]", "references[0].url", "references[1]", "title", "title")));
    }

    @Test
    void aDraftWithoutReferencesIsRefused() throws Exception {
        Map<String, Object> draft = draft("No sources");
        draft.remove("references");
        draft.put("body", "Trust me.");
        postJson("/api/drafts", "alice", draft)
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.errors[0].field").value("references"));
    }

    @Test
    void aNumberForTheTitleIsNotTakenAsText() throws Exception {
        Map<String, Object> draft = draft("ignored");
        draft.put("title", 123);
        postJson("/api/drafts", "alice", draft)
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.errors[0].field").value("title"))
                .andExpect(jsonPath("$.errors[0].message").value("must be text, not a number"));
    }

    @Test
    void aBodyOverOneMebibyteIsTooLarge() throws Exception {
        Map<String, Object> draft = draft("Very long");
        draft.put("body", "x".repeat(1536 * 1024) + " [1]");
        postJson("/api/drafts", "alice", draft)
                .andExpect(status().isPayloadTooLarge())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    }

    @Test
    void aYamlErrorNamesTheLineInTheWritersWords() throws Exception {
        String file = "---\ntitle: Zinc\ntags:\n  - [a\n---\nBody [1].\n";
        mvc.perform(post("/api/drafts").with(httpBasic("alice", "alice-pw")).contentType("text/markdown").content(file))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail", containsString("not valid YAML at line")))
                .andExpect(jsonPath("$.detail", not(containsString("Jackson"))))
                .andExpect(jsonPath("$.detail", not(containsString("java."))));
    }

    @Test
    void anUnsupportedContentTypeIs415() throws Exception {
        mvc.perform(post("/api/drafts").with(httpBasic("alice", "alice-pw")).contentType(MediaType.TEXT_PLAIN)
                        .content("hello"))
                .andExpect(status().isUnsupportedMediaType())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    }
}
