package org.healthjournal.pipeline.review.tasks;

import org.flowable.engine.TaskService;
import org.healthjournal.pipeline.events.ArticleApproved;
import org.healthjournal.pipeline.events.DraftSubmitted;
import org.healthjournal.pipeline.events.ReviewClaimed;
import org.healthjournal.pipeline.review.ReviewWorkflowTestBase;
import org.healthjournal.pipeline.review.TestDrafts;
import org.healthjournal.pipeline.review.intake.MedicalReviewStarter;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.ResultActions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Claiming a review task: one reviewer at a time, announced to the writer. */
class TaskClaimApiIT extends ReviewWorkflowTestBase {

    @Autowired
    MedicalReviewStarter starter;
    @Autowired
    TaskService taskService;

    @Test
    void claimAnnouncesReviewClaimedAndKeepsOtherReviewersOutUntilUnclaimed() throws Exception {
        DraftSubmitted draft = TestDrafts.by("alice");
        String taskId = openReviewOf(draft);

        action("drbob", taskId, "claim")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.assignee").value("drbob"));
        assertThat(awaitReviewEvents(draft.articleId(), 1)).singleElement()
                .isInstanceOfSatisfying(ReviewClaimed.class, claimed -> {
                    assertThat(claimed.taskId()).isEqualTo(taskId);
                    assertThat(claimed.reviewer()).isEqualTo("drbob");
                    assertThat(claimed.author()).isEqualTo("alice");
                    assertThat(claimed.articleVersion()).isEqualTo(1);
                });

        action("drcarol", taskId, "claim")
                .andExpect(status().isConflict())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail").value(containsString("drbob")))
                .andExpect(jsonPath("$.assignee").value("drbob"));
        decide("drcarol", taskId, "{\"decision\":\"APPROVE\"}")
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value(containsString("claimed by drbob")));
        action("drcarol", taskId, "unclaim").andExpect(status().isConflict());

        action("drbob", taskId, "unclaim")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.assignee").doesNotExist());
        assertThat(taskService.createTaskQuery().taskId(taskId).singleResult().getAssignee()).isNull();

        decide("drcarol", taskId, "{\"decision\":\"APPROVE\"}").andExpect(status().isOk());
        assertThat(awaitReviewEvents(draft.articleId(), 2)).last()
                .isInstanceOfSatisfying(ArticleApproved.class, approved -> assertThat(approved.reviewer()).isEqualTo("drcarol"));
    }

    @Test
    void claimingATaskAlreadyDecidedIsAConflict() throws Exception {
        String taskId = openReviewOf(TestDrafts.by("alice"));
        decide("drbob", taskId, "{\"decision\":\"REJECT\",\"comments\":\"Not our remit.\"}").andExpect(status().isOk());

        action("drbob", taskId, "claim").andExpect(status().isConflict());
        action("drcarol", taskId, "claim").andExpect(status().isConflict());
        action("drbob", "no-such-task", "claim").andExpect(status().isNotFound());
    }

    @Test
    void writerMayNotClaimTheirOwnArticle() throws Exception {
        DraftSubmitted draft = TestDrafts.by("drcarol");
        String taskId = openReviewOf(draft);

        action("drcarol", taskId, "claim")
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.detail").value(containsString("writer")));
        assertThat(taskService.createTaskQuery().taskId(taskId).singleResult().getAssignee()).isNull();
        assertThat(reviewEventsFor(draft.articleId())).isEmpty();
    }

    private String openReviewOf(DraftSubmitted draft) {
        String processId = starter.startFor(draft).orElseThrow().getId();
        return taskService.createTaskQuery().processInstanceId(processId).singleResult().getId();
    }

    private ResultActions action(String user, String taskId, String action) throws Exception {
        return mvc.perform(post("/api/tasks/{taskId}/" + action, taskId).with(httpBasic(user, user)));
    }

    private ResultActions decide(String user, String taskId, String body) throws Exception {
        return mvc.perform(post("/api/tasks/{taskId}/decision", taskId)
                .with(httpBasic(user, user))
                .contentType(MediaType.APPLICATION_JSON)
                .content(body));
    }
}
