package org.healthjournal.pipeline.support.security;

import org.healthjournal.pipeline.support.SupportIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** A service without pages (web-login off, the default) behaves as before: Basic and problem+json everywhere. */
class WithoutWebLoginIT extends SupportIntegrationTest {

    @Autowired
    MockMvc mvc;

    @Test
    void thereIsNoSignInFormAndNoRedirectAnywhere() throws Exception {
        for (String path : new String[] {"/login", "/drafts", "/api/anything"}) {
            mvc.perform(get(path))
                    .andExpect(status().isUnauthorized())
                    .andExpect(header().string("WWW-Authenticate", startsWith("Basic")))
                    .andExpect(header().doesNotExist("Location"))
                    .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        }
    }

    @Test
    void postsNeedNoCsrfTokenBecauseNothingRidesOnACookie() throws Exception {
        mvc.perform(post("/api/anything").with(httpBasic("erin", "erin")))
                .andExpect(status().is(not(403)));
    }

    @Test
    void theSharedStylesheetIsNotOpenWithoutWebLogin() throws Exception {
        mvc.perform(get("/staff-assets/staff.css")).andExpect(status().isUnauthorized());
    }
}
