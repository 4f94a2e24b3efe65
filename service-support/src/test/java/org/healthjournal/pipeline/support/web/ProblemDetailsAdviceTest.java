package org.healthjournal.pipeline.support.web;

import org.healthjournal.pipeline.support.outbox.OutboxBacklogFullException;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

class ProblemDetailsAdviceTest {

    private final MockMvc mvc = MockMvcBuilders.standaloneSetup(new FailingController())
            .setControllerAdvice(new ProblemDetailsAdvice())
            .build();

    @Test
    void fullOutboxAsksTheClientToComeBackLater() throws Exception {
        mvc.perform(post("/backlog-full"))
                .andExpect(status().isServiceUnavailable())
                .andExpect(header().string("Retry-After", "30"))
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.title").value("Event bus backlog full"))
                .andExpect(jsonPath("$.backlog").value(10000));
    }

    @Test
    void databaseOutageWrappedByAnEngineIsA503NotA500() throws Exception {
        mvc.perform(post("/database-away"))
                .andExpect(status().isServiceUnavailable())
                .andExpect(header().string("Retry-After", "5"))
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    }

    @Test
    void aBugIsA500ProblemWithoutItsDetails() throws Exception {
        mvc.perform(post("/bug"))
                .andExpect(status().isInternalServerError())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail").value("Something went wrong on our side; it has been logged."));
    }

    @RestController
    static class FailingController {

        @PostMapping("/backlog-full")
        void backlogFull() {
            throw new OutboxBacklogFullException(10_000, 10_000);
        }

        @PostMapping("/database-away")
        void databaseAway() {
            throw new IllegalStateException("engine command failed",
                    new DataAccessResourceFailureException("connection refused"));
        }

        @PostMapping("/bug")
        void bug() {
            throw new IllegalStateException("secret internals");
        }
    }
}
