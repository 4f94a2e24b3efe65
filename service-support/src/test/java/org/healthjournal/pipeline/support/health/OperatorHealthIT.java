package org.healthjournal.pipeline.support.health;

import org.healthjournal.pipeline.support.SupportIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** What an operator sees of a service's delivery state: the outbox backlog and the dead letters. */
class OperatorHealthIT extends SupportIntegrationTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    @Qualifier("dbHealthContributor")
    Object databaseHealth;

    @Test
    void signedInStaffSeeTheOutboxBacklogAndTheDeadLetterCountInHealth() throws Exception {
        mvc.perform(get("/actuator/health").with(httpBasic("erin", "erin")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.components.outbox.details.backlog").value(greaterThanOrEqualTo(0)))
                .andExpect(jsonPath("$.components.deadLetters.details.total").value(greaterThanOrEqualTo(0)));
    }

    @Test
    void theDatabaseIsCheckedInTheBackgroundAndCamelsConsumerChecksAreServedFromTheirLastRun() throws Exception {
        mvc.perform(get("/actuator/health").with(httpBasic("erin", "erin")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.components.db.status").value("UP"))
                .andExpect(jsonPath("$.components.db.details.checkedAt").isString())
                .andExpect(jsonPath("$.components.camelHealth.status").value("UP"))
                // Camel's async health: the consumer checks ran on Camel's health thread, not in this call
                .andExpect(jsonPath("$.components.camelHealth.details.lastChecked").exists());
        assertThat(databaseHealth).isInstanceOf(BackgroundHealthIndicator.class);
    }

    @Test
    void anonymousCallersSeeOnlyTheStatus() throws Exception {
        mvc.perform(get("/actuator/health"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("UP"))
                .andExpect(jsonPath("$.components").doesNotExist());
    }

    @Test
    void theMetricsAreThereForStaff() throws Exception {
        mvc.perform(get("/actuator/metrics/pipeline.dead.letters").with(httpBasic("erin", "erin")))
                .andExpect(status().isOk());
        mvc.perform(get("/actuator/metrics/pipeline.outbox.backlog").with(httpBasic("erin", "erin")))
                .andExpect(status().isOk());
        mvc.perform(get("/actuator/metrics/pipeline.dead.letters")).andExpect(status().isUnauthorized());
    }
}
