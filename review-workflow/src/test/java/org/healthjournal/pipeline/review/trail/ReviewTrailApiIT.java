package org.healthjournal.pipeline.review.trail;

import org.flowable.engine.TaskService;
import org.healthjournal.pipeline.events.DraftSubmitted;
import org.healthjournal.pipeline.review.ReviewWorkflowTestBase;
import org.healthjournal.pipeline.review.TestDrafts;
import org.healthjournal.pipeline.review.intake.MedicalReviewStarter;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.ResultActions;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** An editor proves who approved what: the audit trail across an article's versions. */
class ReviewTrailApiIT extends ReviewWorkflowTestBase {

    @Autowired
    MedicalReviewStarter starter;
    @Autowired
    TaskService taskService;

    @Test
    void trailShowsEveryVersionsChecksDecisionsAndReviewersAcrossRevisions() throws Exception {
        DraftSubmitted first = TestDrafts.withContentBy("alice", "## What did the review find?\n\n"
                + "Early-phase trials were small [1]. CAR-NK cells cure lymphoma [1].");
        String v1 = openTask(starter.startFor(first).orElseThrow().getId());
        decide("drbob", v1, "{\"decision\":\"REQUEST_CHANGES\",\"comments\":\"Do not promise a cure.\"}");
        DraftSubmitted second = TestDrafts.revisionOf(first);
        String v2 = openTask(starter.startFor(second).orElseThrow().getId());
        decide("drcarol", v2, "{\"decision\":\"APPROVE\",\"comments\":\"Fixed.\"}");

        mvc.perform(get("/api/reviews/{articleId}", first.articleId()).with(httpBasic("erin", "erin")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.articleId").value(first.articleId()))
                .andExpect(jsonPath("$.steps[?(@.step == 'SUBMITTED')].version").value(
                        org.hamcrest.Matchers.contains(1, 2)))
                .andExpect(jsonPath("$.steps[?(@.step == 'CHECKED' && @.version == 1)].findings[0].ruleId")
                        .value(org.hamcrest.Matchers.contains("claims.absolute-language")))
                .andExpect(jsonPath("$.steps[?(@.step == 'DECIDED')].decision").value(
                        org.hamcrest.Matchers.contains("REQUEST_CHANGES", "APPROVE")))
                .andExpect(jsonPath("$.steps[?(@.step == 'DECIDED')].actor").value(
                        org.hamcrest.Matchers.contains("drbob", "drcarol")))
                .andExpect(jsonPath("$.steps[?(@.step == 'DECIDED')].actorDisplayName").value(
                        org.hamcrest.Matchers.contains("Dr Bob Rivera", "Dr Carol Chen")))
                .andExpect(jsonPath("$.steps[?(@.step == 'DECIDED')].comments").value(
                        org.hamcrest.Matchers.contains("Do not promise a cure.", "Fixed.")))
                .andExpect(jsonPath("$.steps[?(@.step == 'DECIDED')].taskId").value(
                        org.hamcrest.Matchers.contains(v1, v2)));
        mvc.perform(get("/api/reviews/{articleId}", first.articleId()).with(httpBasic("alice", "alice")))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/reviews/{articleId}", "no-such-article").with(httpBasic("erin", "erin")))
                .andExpect(status().isNotFound());
    }

    private String openTask(String processId) {
        return taskService.createTaskQuery().processInstanceId(processId).singleResult().getId();
    }

    private ResultActions decide(String user, String taskId, String body) throws Exception {
        return mvc.perform(post("/api/tasks/{taskId}/decision", taskId).with(httpBasic(user, user))
                        .contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isOk());
    }
}
