package org.healthjournal.pipeline.ingest.pages;

import org.healthjournal.pipeline.ingest.IngestIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.security.test.context.support.WithMockUser;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** What the writers' pages show and refuse, without a browser. */
class DraftPagesIT extends IngestIntegrationTest {

    @Test
    void anotherWritersDraftIsNotFoundOnThePagesEither() throws Exception {
        String articleId = submit("alice", draft("Alice's page"));
        mvc.perform(get("/drafts/" + articleId).with(user("dana").roles("WRITER")))
                .andExpect(status().isNotFound())
                .andExpect(content().string(not(containsString("Alice's page"))));
        mvc.perform(get("/drafts/" + articleId).with(user("alice").roles("WRITER")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Alice&#39;s page")));
    }

    @Test
    void anInvalidFormComesBackWithEveryProblemAndNothingIsSubmitted() throws Exception {
        mvc.perform(post("/drafts/new").with(user("alice").roles("WRITER")).with(csrf())
                        .param("formKey", "k-invalid").param("action", "submit")
                        .param("title", "Stars").param("dek", "x".repeat(600)).param("category", "Astrology")
                        .param("body", "Cites [3].").param("refTitle", "One").param("refUrl", "https://example.org")
                        .param("refYear", "twenty").param("refKind", ""))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"errors\"")))
                .andExpect(content().string(containsString("must be one of: Immune Health")))
                .andExpect(content().string(containsString("references[0].year")))
                .andExpect(content().string(containsString("cites [3]")));
    }

    @Test
    void aFormWithoutItsCsrfTokenIsRefused() throws Exception {
        mvc.perform(post("/drafts/new").with(user("alice").roles("WRITER"))
                        .param("formKey", "k").param("action", "submit").param("title", "No token"))
                .andExpect(status().isForbidden());
    }

    @Test
    void anAnonymousVisitorToADraftIsSentToSignIn() throws Exception {
        mvc.perform(get("/drafts/new")).andExpect(status().isFound()).andExpect(redirectedUrlPattern("**/login"));
    }

    @Test
    @WithMockUser(username = "drbob", roles = "REVIEWER")
    void aReviewerCannotOpenTheNewDraftForm() throws Exception {
        mvc.perform(get("/drafts/new")).andExpect(status().isForbidden());
    }
}
