package org.healthjournal.pipeline.review.process;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.flowable.engine.TaskService;
import org.flowable.task.api.Task;
import org.healthjournal.pipeline.events.ArticleApproved;
import org.healthjournal.pipeline.events.ArticleRejected;
import org.healthjournal.pipeline.events.DraftSubmitted;
import org.healthjournal.pipeline.events.ReviewerSignOff;
import org.healthjournal.pipeline.review.InboxClient;
import org.healthjournal.pipeline.review.ReviewWorkflowTestBase;
import org.healthjournal.pipeline.review.TestDrafts;
import org.healthjournal.pipeline.review.intake.MedicalReviewStarter;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.ResultActions;

import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Approval with reviewer profiles, and the second medical review of HIGH-risk or listed drafts. */
class SecondReviewIT extends ReviewWorkflowTestBase {

    @Autowired
    MedicalReviewStarter starter;
    @Autowired
    TaskService taskService;
    @Autowired
    ObjectMapper json;

    @Test
    void approvalCarriesTheReviewersProfileAndTheNextReviewDateTwelveMonthsOn() throws Exception {
        DraftSubmitted draft = TestDrafts.by("alice");
        String processId = starter.startFor(draft).orElseThrow().getId();

        decide("drbob", openTask(processId).getId(), "APPROVE").andExpect(status().isOk());

        ArticleApproved approved = (ArticleApproved) awaitReviewEvents(draft.articleId(), 1).get(0);
        assertThat(approved.reviewers()).singleElement().satisfies(signOff -> {
            assertThat(signOff.username()).isEqualTo("drbob");
            assertThat(signOff.line()).isEqualTo("Dr Bob Rivera, MD, haematologist");
            assertThat(signOff.reviewedAt()).isEqualTo(approved.reviewedAt());
        });
        assertThat(approved.nextReviewDue())
                .isEqualTo(approved.reviewedAt().atZone(ZoneOffset.UTC).plusMonths(12).toInstant());
    }

    @Test
    void highRiskDraftNeedsASecondApprovalByADifferentReviewer() throws Exception {
        DraftSubmitted draft = TestDrafts.withContentBy("alice", "## What did the review find?\n\n"
                + "Early-phase trials were small [1]. CAR-NK cells cure lymphoma [1].");
        String processId = starter.startFor(draft).orElseThrow().getId();

        decide("drbob", openTask(processId).getId(), "APPROVE").andExpect(status().isOk());
        Task second = openTask(processId);
        assertThat(second.getTaskDefinitionKey()).isEqualTo("secondReview");
        assertThat(second.getName()).isEqualTo("Medical review (second reviewer)");
        assertThat(reviewEventsFor(draft.articleId())).isEmpty();
        assertThat(new InboxClient(mvc, json).of("drbob", draft.articleId())).isEmpty();
        assertThat(new InboxClient(mvc, json).of("drcarol", draft.articleId())).singleElement()
                .satisfies(summary -> assertThat(summary.taskId()).isEqualTo(second.getId()));

        decide("drbob", second.getId(), "APPROVE")
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.detail").value(containsString("different reviewer")));
        mvc.perform(post("/api/tasks/{taskId}/claim", second.getId()).with(httpBasic("drbob", "drbob")))
                .andExpect(status().isForbidden());
        assertThat(reviewEventsFor(draft.articleId())).isEmpty();

        decide("drcarol", second.getId(), "APPROVE").andExpect(status().isOk());
        ArticleApproved approved = (ArticleApproved) awaitReviewEvents(draft.articleId(), 1).get(0);
        assertThat(approved.reviewer()).isEqualTo("drcarol");
        assertThat(approved.reviewers()).extracting(ReviewerSignOff::line)
                .containsExactly("Dr Bob Rivera, MD, haematologist", "Dr Carol Chen, MD, PhD, clinical pharmacologist");
        assertThat(approved.reviewers().get(0).reviewedAt()).isBefore(approved.reviewers().get(1).reviewedAt().plusMillis(1));
    }

    @Test
    void draftInAListedCategoryNeedsASecondReviewerWhoMayStillReject() throws Exception {
        DraftSubmitted draft = TestDrafts.inCategoryBy("alice", "Cardiology");
        String processId = starter.startFor(draft).orElseThrow().getId();

        decide("drcarol", openTask(processId).getId(), "APPROVE").andExpect(status().isOk());
        Task second = openTask(processId);
        assertThat(second.getTaskDefinitionKey()).isEqualTo("secondReview");

        mvc.perform(post("/api/tasks/{taskId}/decision", second.getId()).with(httpBasic("drbob", "drbob"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"decision\":\"REJECT\",\"comments\":\"The dosing advice is unsafe.\"}"))
                .andExpect(status().isOk());
        assertThat(awaitReviewEvents(draft.articleId(), 1)).singleElement()
                .isInstanceOfSatisfying(ArticleRejected.class, rejected -> {
                    assertThat(rejected.reviewer()).isEqualTo("drbob");
                    assertThat(rejected.comments()).isEqualTo("The dosing advice is unsafe.");
                });
    }

    private Task openTask(String processId) {
        return taskService.createTaskQuery().processInstanceId(processId).singleResult();
    }

    private ResultActions decide(String user, String taskId, String decision) throws Exception {
        return mvc.perform(post("/api/tasks/{taskId}/decision", taskId)
                .with(httpBasic(user, user))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"decision\":\"" + decision + "\"}"));
    }
}
