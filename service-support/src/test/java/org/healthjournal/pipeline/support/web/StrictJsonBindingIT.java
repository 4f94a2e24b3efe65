package org.healthjournal.pipeline.support.web;

import org.healthjournal.pipeline.support.SupportIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Every service built on service-support binds JSON strictly, without configuring anything. */
class StrictJsonBindingIT extends SupportIntegrationTest {

    @Autowired
    MockMvc mvc;

    @Test
    void aServiceRefusesAnEnumOrdinalAndANumberForText() throws Exception {
        mvc.perform(post("/api/strict-binding").with(httpBasic("erin", "erin"))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"title\":123,\"decision\":0}"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].field").value("title"))
                .andExpect(jsonPath("$.errors[0].message").value("must be text"));
        mvc.perform(post("/api/strict-binding").with(httpBasic("erin", "erin"))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"decision\":0}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].message").value("must be one of APPROVE, REQUEST_CHANGES, REJECT"));
    }
}
