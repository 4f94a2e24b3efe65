package org.healthjournal.pipeline.ingest.pages;

import org.healthjournal.pipeline.ingest.IngestIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Pages sign in with a form and a session; the API keeps HTTP Basic and problem+json. */
class StaffSignInIT extends IngestIntegrationTest {

    @Test
    void anAnonymousVisitorToDraftsIsSentToTheSignInForm() throws Exception {
        mvc.perform(get("/drafts")).andExpect(status().isFound()).andExpect(redirectedUrlPattern("**/login"));
        mvc.perform(get("/login")).andExpect(status().isOk())
                .andExpect(content().string(containsString("name=\"_csrf\"")))
                .andExpect(content().string(containsString("/staff-assets/staff.css")));
    }

    @Test
    void signingInWithTheFormLeadsToMyDrafts() throws Exception {
        mvc.perform(post("/login").param("username", "alice").param("password", "alice-pw").with(csrf()))
                .andExpect(status().isFound()).andExpect(redirectedUrl("/drafts"));
        mvc.perform(post("/login").param("username", "alice").param("password", "wrong").with(csrf()))
                .andExpect(redirectedUrl("/login?error"));
    }

    @Test
    void aFormPostWithoutTheCsrfTokenIsRefused() throws Exception {
        mvc.perform(post("/login").param("username", "alice").param("password", "alice-pw"))
                .andExpect(status().isForbidden());
    }

    @Test
    void theApiStillAnswersAnonymousCallersWith401ProblemJsonAndNoRedirect() throws Exception {
        mvc.perform(get("/api/drafts"))
                .andExpect(status().isUnauthorized())
                .andExpect(header().string("WWW-Authenticate", startsWith("Basic")))
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(get("/api/drafts").with(httpBasic("alice", "alice-pw"))).andExpect(status().isOk());
    }
}
