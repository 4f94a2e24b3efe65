package org.healthjournal.pipeline.review.process;

import org.flowable.engine.HistoryService;
import org.flowable.engine.ManagementService;
import org.flowable.engine.ProcessEngineConfiguration;
import org.flowable.engine.RuntimeService;
import org.flowable.engine.TaskService;
import org.flowable.engine.history.HistoricProcessInstance;
import org.flowable.engine.task.Comment;
import org.flowable.task.api.Task;
import org.healthjournal.pipeline.events.ArticleApproved;
import org.healthjournal.pipeline.events.ArticleEvent;
import org.healthjournal.pipeline.events.ArticleRetracted;
import org.healthjournal.pipeline.events.ArticleReviewConfirmed;
import org.healthjournal.pipeline.events.ArticleWithdrawn;
import org.healthjournal.pipeline.events.ChangesRequested;
import org.healthjournal.pipeline.events.DraftSubmitted;
import org.healthjournal.pipeline.events.PeriodicReviewOpened;
import org.healthjournal.pipeline.review.ReviewClock;
import org.healthjournal.pipeline.review.ReviewWorkflowTestBase;
import org.healthjournal.pipeline.review.TestDrafts;
import org.healthjournal.pipeline.review.intake.MedicalReviewStarter;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.ResultActions;

import java.time.Duration;
import java.time.ZoneOffset;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * An article's life across versions and time: revision after changes were requested, withdrawal when
 * none comes, a newer version superseding an open review, and the periodic re-review after approval.
 * Time passes on Flowable's clock.
 */
class ReviewLifecycleIT extends ReviewWorkflowTestBase {

    @Autowired
    MedicalReviewStarter starter;
    @Autowired
    RuntimeService runtime;
    @Autowired
    TaskService taskService;
    @Autowired
    HistoryService history;
    @Autowired
    ProcessEngineConfiguration engine;
    @Autowired
    ManagementService management;

    ReviewClock clock;

    @BeforeEach
    void clock() {
        clock = new ReviewClock(engine, management);
    }

    @AfterEach
    void realTime() {
        clock.reset();
    }

    @Test
    void changesRequestedThenRevisionThenApproval() throws Exception {
        DraftSubmitted first = TestDrafts.by("alice");
        String v1 = openTask(starter.startFor(first).orElseThrow().getId()).getId();
        decide("drbob", v1, "REQUEST_CHANGES", "Say how small the trials were.").andExpect(status().isOk());
        assertThat(awaitReviewEvents(first.articleId(), 1)).singleElement().isInstanceOf(ChangesRequested.class);
        assertThat(running(first.articleId(), MedicalReviewProcess.REVISION_DEADLINE_KEY)).hasSize(1);

        DraftSubmitted revision = TestDrafts.revisionOf(first);
        String review = starter.startFor(revision).orElseThrow().getId();
        assertThat(running(first.articleId(), MedicalReviewProcess.REVISION_DEADLINE_KEY)).isEmpty();
        assertThat(finished(first.articleId(), MedicalReviewProcess.REVISION_DEADLINE_KEY).getDeleteReason())
                .isEqualTo("revised: version 2 submitted");
        decide("drbob", openTask(review).getId(), "APPROVE", null).andExpect(status().isOk());

        List<ArticleEvent> events = awaitReviewEvents(first.articleId(), 2);
        assertThat(events.get(1)).isInstanceOfSatisfying(ArticleApproved.class,
                approved -> assertThat(approved.articleVersion()).isEqualTo(2));
        // the answered deadline never withdraws the article
        clock.advanceForArticle(Duration.ofDays(31), runtime, first.articleId());
        assertThat(reviewEventsFor(first.articleId())).hasSize(2);
    }

    @Test
    void articleIsWithdrawnWhenNoRevisionComesWithinThirtyDays() throws Exception {
        DraftSubmitted draft = TestDrafts.by("alice");
        String taskId = openTask(starter.startFor(draft).orElseThrow().getId()).getId();
        decide("drbob", taskId, "REQUEST_CHANGES", "Cite the trial sizes.").andExpect(status().isOk());
        awaitReviewEvents(draft.articleId(), 1);

        assertThat(clock.advanceForArticle(Duration.ofDays(29), runtime, draft.articleId())).isZero();
        assertThat(clock.advanceForArticle(Duration.ofDays(1).plusMinutes(1), runtime, draft.articleId())).isEqualTo(1);

        assertThat(awaitReviewEvents(draft.articleId(), 2).get(1)).isInstanceOfSatisfying(ArticleWithdrawn.class,
                withdrawn -> {
                    assertThat(withdrawn.articleVersion()).isEqualTo(1);
                    assertThat(withdrawn.author()).isEqualTo("alice");
                    assertThat(withdrawn.reason()).contains("No revision");
                });
        assertThat(finished(draft.articleId(), MedicalReviewProcess.REVISION_DEADLINE_KEY).getEndActivityId())
                .isEqualTo("withdrawn");
    }

    @Test
    void newerVersionSupersedesTheOpenReviewWithANoteInHistory() throws Exception {
        DraftSubmitted first = TestDrafts.by("alice");
        String firstReview = starter.startFor(first).orElseThrow().getId();
        String v1 = openTask(firstReview).getId();

        String secondReview = starter.startFor(TestDrafts.revisionOf(first)).orElseThrow().getId();

        assertThat(taskService.createTaskQuery().taskId(v1).count()).isZero();
        HistoricProcessInstance superseded = history.createHistoricProcessInstanceQuery()
                .processInstanceId(firstReview).singleResult();
        assertThat(superseded.getDeleteReason()).isEqualTo("superseded by version 2");
        assertThat(taskService.getTaskComments(v1, MedicalReviewStarter.SUPERSEDED_COMMENT))
                .extracting(Comment::getFullMessage).containsExactly("Cancelled: superseded by version 2 of the article.");
        decide("drbob", v1, "APPROVE", null)
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value(containsString("superseded")));
        assertThat(openTask(secondReview).getTaskDefinitionKey()).isEqualTo("reviewDraft");
        assertThat(runtime.getVariable(secondReview, "articleVersion")).isEqualTo(2);
        // the revision redelivered starts nothing, nor does the first version
        assertThat(starter.startFor(TestDrafts.revisionOf(first))).isEmpty();
        assertThat(starter.startFor(first)).isEmpty();
        assertThat(reviewEventsFor(first.articleId())).isEmpty();
    }

    @Test
    void periodicReReviewOpensWhenTheReviewIsDueAndConfirmationSetsTheNextDate() throws Exception {
        DraftSubmitted draft = TestDrafts.by("alice");
        decide("drbob", openTask(starter.startFor(draft).orElseThrow().getId()).getId(), "APPROVE", null)
                .andExpect(status().isOk());
        ArticleApproved approved = (ArticleApproved) awaitReviewEvents(draft.articleId(), 1).get(0);

        assertThat(clock.advanceForArticle(Duration.ofDays(364), runtime, draft.articleId())).isZero();
        assertThat(clock.advanceForArticle(Duration.ofDays(2), runtime, draft.articleId())).isEqualTo(1);
        Task reReview = taskService.createTaskQuery().processInstanceBusinessKey(draft.articleId()).singleResult();
        assertThat(reReview.getName()).isEqualTo("Periodic re-review");
        assertThat(awaitReviewEvents(draft.articleId(), 2).get(1)).isInstanceOfSatisfying(PeriodicReviewOpened.class,
                opened -> {
                    assertThat(opened.taskId()).isEqualTo(reReview.getId());
                    assertThat(opened.reviewDue()).isEqualTo(approved.nextReviewDue());
                });

        decide("drbob", reReview.getId(), "APPROVE", null)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].message").value("must be one of REQUEST_CHANGES, CONFIRM, RETRACT"));
        decide("drcarol", reReview.getId(), "CONFIRM", "Still matches the guidance.").andExpect(status().isOk());

        assertThat(awaitReviewEvents(draft.articleId(), 3).get(2)).isInstanceOfSatisfying(ArticleReviewConfirmed.class,
                confirmed -> {
                    assertThat(confirmed.reviewedAt()).isAfter(approved.nextReviewDue());
                    assertThat(confirmed.nextReviewDue())
                            .isEqualTo(confirmed.reviewedAt().atZone(ZoneOffset.UTC).plusMonths(12).toInstant());
                    assertThat(confirmed.reviewers()).singleElement()
                            .satisfies(signOff -> assertThat(signOff.username()).isEqualTo("drcarol"));
                    assertThat(confirmed.comments()).isEqualTo("Still matches the guidance.");
                });
        assertThat(running(draft.articleId(), MedicalReviewProcess.PERIODIC_REVIEW_KEY)).hasSize(1);
        assertThat(taskService.createTaskQuery().processInstanceBusinessKey(draft.articleId()).count()).isZero();
    }

    @Test
    void periodicReReviewMayRetractTheArticleGivingTheReason() throws Exception {
        DraftSubmitted draft = TestDrafts.by("alice");
        decide("drbob", openTask(starter.startFor(draft).orElseThrow().getId()).getId(), "APPROVE", null)
                .andExpect(status().isOk());
        awaitReviewEvents(draft.articleId(), 1);
        clock.advanceForArticle(Duration.ofDays(370), runtime, draft.articleId());
        Task reReview = taskService.createTaskQuery().processInstanceBusinessKey(draft.articleId()).singleResult();

        decide("drbob", reReview.getId(), "RETRACT", " ")
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.errors[0].field").value("comments"));
        decide("drbob", reReview.getId(), "RETRACT", "The trial was withdrawn for misconduct.").andExpect(status().isOk());

        assertThat(awaitReviewEvents(draft.articleId(), 3).get(2)).isInstanceOfSatisfying(ArticleRetracted.class,
                retracted -> {
                    assertThat(retracted.reviewer()).isEqualTo("drbob");
                    assertThat(retracted.reason()).isEqualTo("The trial was withdrawn for misconduct.");
                });
        assertThat(running(draft.articleId(), MedicalReviewProcess.PERIODIC_REVIEW_KEY)).isEmpty();
    }

    @Test
    void periodicReReviewMayAskTheWriterForChangesWhoThenHasThirtyDaysToRevise() throws Exception {
        DraftSubmitted draft = TestDrafts.by("alice");
        decide("drbob", openTask(starter.startFor(draft).orElseThrow().getId()).getId(), "APPROVE", null)
                .andExpect(status().isOk());
        awaitReviewEvents(draft.articleId(), 1);
        clock.advanceForArticle(Duration.ofDays(370), runtime, draft.articleId());
        Task reReview = taskService.createTaskQuery().processInstanceBusinessKey(draft.articleId()).singleResult();

        decide("drcarol", reReview.getId(), "REQUEST_CHANGES", "The dosing guidance changed in 2027.")
                .andExpect(status().isOk());

        assertThat(awaitReviewEvents(draft.articleId(), 3).get(2)).isInstanceOfSatisfying(ChangesRequested.class,
                changes -> {
                    assertThat(changes.reviewer()).isEqualTo("drcarol");
                    assertThat(changes.comments()).isEqualTo("The dosing guidance changed in 2027.");
                });
        assertThat(running(draft.articleId(), MedicalReviewProcess.PERIODIC_REVIEW_KEY)).isEmpty();
        assertThat(running(draft.articleId(), MedicalReviewProcess.REVISION_DEADLINE_KEY)).hasSize(1);
    }

    private List<?> running(String articleId, String processKey) {
        return runtime.createProcessInstanceQuery().processDefinitionKey(processKey)
                .processInstanceBusinessKey(articleId).list();
    }

    private HistoricProcessInstance finished(String articleId, String processKey) {
        return history.createHistoricProcessInstanceQuery().processDefinitionKey(processKey)
                .processInstanceBusinessKey(articleId).finished().singleResult();
    }

    private Task openTask(String processId) {
        return taskService.createTaskQuery().processInstanceId(processId).singleResult();
    }

    private ResultActions decide(String user, String taskId, String decision, String comments) throws Exception {
        String body = comments == null ? "{\"decision\":\"" + decision + "\"}"
                : "{\"decision\":\"" + decision + "\",\"comments\":\"" + comments + "\"}";
        return mvc.perform(post("/api/tasks/{taskId}/decision", taskId)
                .with(httpBasic(user, user))
                .contentType(MediaType.APPLICATION_JSON)
                .content(body));
    }
}
