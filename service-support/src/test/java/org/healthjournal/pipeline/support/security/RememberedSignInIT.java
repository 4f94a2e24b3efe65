package org.healthjournal.pipeline.support.security;

import org.healthjournal.pipeline.support.SupportIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Every service signs staff in through {@link RememberedSignIns}: repeated Basic calls, one password check. */
class RememberedSignInIT extends SupportIntegrationTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    AuthenticationProvider authentication;

    @Test
    void repeatedBasicCallsAreSignedInFromTheRememberedCheckAndWrongPasswordsStillFail() throws Exception {
        assertThat(authentication).isInstanceOf(RememberedSignIns.class);

        for (int call = 0; call < 3; call++) {
            mvc.perform(get("/actuator/metrics/pipeline.dead.letters").with(httpBasic("erin", "erin")))
                    .andExpect(status().isOk());
        }
        assertThat(((RememberedSignIns) authentication).size()).isEqualTo(1);

        for (int call = 0; call < 2; call++) {
            mvc.perform(get("/actuator/metrics/pipeline.dead.letters").with(httpBasic("erin", "wrong")))
                    .andExpect(status().isUnauthorized());
        }
        assertThat(((RememberedSignIns) authentication).size()).isEqualTo(1);
    }
}
