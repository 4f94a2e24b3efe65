package org.healthjournal.pipeline.review.process;

import org.flowable.engine.HistoryService;
import org.flowable.engine.ProcessEngineConfiguration;
import org.flowable.engine.RuntimeService;
import org.flowable.engine.TaskService;
import org.flowable.engine.history.HistoricProcessInstance;
import org.flowable.engine.runtime.ProcessInstance;
import org.flowable.identitylink.api.IdentityLink;
import org.flowable.task.api.Task;
import org.healthjournal.pipeline.events.ArticleApproved;
import org.healthjournal.pipeline.events.ArticleEvent;
import org.healthjournal.pipeline.events.ArticleRejected;
import org.healthjournal.pipeline.events.ChangesRequested;
import org.healthjournal.pipeline.events.DraftSubmitted;
import org.healthjournal.pipeline.events.EventIds;
import org.healthjournal.pipeline.review.ReviewWorkflowTestBase;
import org.healthjournal.pipeline.review.TestDrafts;
import org.healthjournal.pipeline.review.intake.MedicalReviewStarter;
import org.healthjournal.pipeline.review.process.MedicalReviewProcess.Variables;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The real engine, driven through every path of medicalReview. */
class MedicalReviewProcessIT extends ReviewWorkflowTestBase {

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

    @Test
    void engineRunsOnTheTestDatabase() {
        assertThat(engine.getDatabaseType()).isEqualTo(database.isPostgres() ? "postgres" : "h2");
    }

    @Test
    void engineWritesANewReviewsRowsOneStatementEachByDefault() {
        // MyBatis rebuilds a bulk INSERT for every review: more CPU than the statements it saves (EngineInserts)
        assertThat(engine.isBulkInsertEnabled()).isFalse();
    }

    @Test
    void draftWaitsForAMedicalReviewerWithItsArticleAsBusinessKey() {
        DraftSubmitted draft = TestDrafts.by("alice");

        ProcessInstance review = starter.startFor(draft).orElseThrow();

        assertThat(review.getBusinessKey()).isEqualTo(draft.articleId());
        Task task = reviewTaskOf(review);
        assertThat(task.getTaskDefinitionKey()).isEqualTo("reviewDraft");
        assertThat(task.getAssignee()).isNull();
        assertThat(taskService.getIdentityLinksForTask(task.getId())).extracting(IdentityLink::getGroupId)
                .containsExactly("medical-reviewers");
        assertThat(runtime.getVariables(review.getId())).contains(
                Map.entry(Variables.ARTICLE_ID, draft.articleId()),
                Map.entry(Variables.ARTICLE_VERSION, 1),
                Map.entry(Variables.AUTHOR, "alice"),
                Map.entry(Variables.TITLE, draft.content().title()),
                Map.entry(Variables.CORRELATION_ID, draft.correlationId()));
        assertThat(ArticleContentVariable.fromJson((String) runtime.getVariable(review.getId(), Variables.CONTENT)))
                .isEqualTo(draft.content());
        assertThat(reviewEventsFor(draft.articleId())).isEmpty();
    }

    @Test
    void automatedChecksLeaveTheirFindingsAndRiskLevelForTheReviewer() {
        DraftSubmitted draft = TestDrafts.by("alice");

        ProcessInstance review = starter.startFor(draft).orElseThrow();

        assertThat(reviewTaskOf(review)).isNotNull();
        assertThat(runtime.getVariable(review.getId(), Variables.RISK_LEVEL)).isEqualTo("LOW");
        assertThat(runtime.getVariable(review.getId(), Variables.CHECKS_FOUND_BLOCKERS)).isEqualTo(false);
        assertThat(CheckFindingsVariable.fromJson((String) runtime.getVariable(review.getId(), Variables.CHECK_FINDINGS)))
                .isEmpty();
    }

    @Test
    void blockersFoundByTheAutomatedChecksRequestChangesWithoutAReviewer() {
        DraftSubmitted draft = TestDrafts.withBlockersBy("alice");

        ProcessInstance review = starter.startFor(draft).orElseThrow();

        assertThat(taskService.createTaskQuery().processInstanceBusinessKey(draft.articleId()).count()).isZero();
        assertThat(endOf(review)).isEqualTo("changesRequested");
        String automatedTask = "automated-checks:" + draft.articleId() + ":v1";
        assertThat(onlyEventFor(draft)).isInstanceOfSatisfying(ChangesRequested.class, changes -> {
            assertThat(changes.eventId()).isEqualTo(EventIds.derived(ChangesRequested.TYPE, automatedTask));
            assertThat(changes.reviewer()).isEqualTo(MedicalReviewProcess.AUTOMATED_REVIEWER);
            assertThat(changes.author()).isEqualTo("alice");
            assertThat(changes.articleVersion()).isEqualTo(1);
            assertThat(changes.comments())
                    .startsWith("The automated checks found 2 problems to fix before a medical reviewer")
                    .contains("(advice.treatment-instruction)", "(citations.unresolved)",
                            "\u201CStop taking your chemotherapy and ask about a trial instead.\u201D")
                    // warnings are for the reviewer to weigh, not reasons to send the draft back
                    .doesNotContain("claims.absolute-language");
        });
        assertThat(history.createHistoricVariableInstanceQuery().processInstanceId(review.getId())
                .variableName(Variables.RISK_LEVEL).singleResult().getValue()).isEqualTo("HIGH");
    }

    @Test
    void approvalPublishesArticleApprovedWithSignOffAndContentThenEnds() {
        DraftSubmitted draft = TestDrafts.by("alice");
        ProcessInstance review = starter.startFor(draft).orElseThrow();
        Task task = reviewTaskOf(review);
        Instant reviewedAt = Instant.now().truncatedTo(ChronoUnit.MILLIS);

        decide(task, ReviewDecision.APPROVE, "drbob", "Evidence stated honestly.", reviewedAt);

        assertThat(endOf(review)).isEqualTo("approved");
        assertThat(onlyEventFor(draft)).isInstanceOfSatisfying(ArticleApproved.class, approved -> {
            assertThat(approved.eventId()).isEqualTo(EventIds.derived(ArticleApproved.TYPE, task.getId()));
            assertThat(approved.articleVersion()).isEqualTo(1);
            assertThat(approved.correlationId()).isEqualTo(draft.correlationId());
            assertThat(approved.author()).isEqualTo("alice");
            assertThat(approved.reviewer()).isEqualTo("drbob");
            assertThat(approved.reviewedAt()).isEqualTo(reviewedAt);
            assertThat(approved.comments()).isEqualTo("Evidence stated honestly.");
            assertThat(approved.content()).isEqualTo(draft.content());
        });
        assertThat(history.createHistoricVariableInstanceQuery().processInstanceId(review.getId())
                .variableName(Variables.REVIEWER).singleResult().getValue()).isEqualTo("drbob");
    }

    @Test
    void changesRequestPublishesChangesRequestedWithTheReviewersCommentsThenEnds() {
        DraftSubmitted draft = TestDrafts.by("alice");
        ProcessInstance review = starter.startFor(draft).orElseThrow();
        Task task = reviewTaskOf(review);

        decide(task, ReviewDecision.REQUEST_CHANGES, "drbob", "Say how small the trials were.", Instant.now());

        assertThat(endOf(review)).isEqualTo("changesRequested");
        assertThat(onlyEventFor(draft)).isInstanceOfSatisfying(ChangesRequested.class, changes -> {
            assertThat(changes.eventId()).isEqualTo(EventIds.derived(ChangesRequested.TYPE, task.getId()));
            assertThat(changes.reviewer()).isEqualTo("drbob");
            assertThat(changes.comments()).isEqualTo("Say how small the trials were.");
            assertThat(changes.author()).isEqualTo("alice");
        });
    }

    @Test
    void rejectionPublishesArticleRejectedWithTheReviewersCommentsThenEnds() {
        DraftSubmitted draft = TestDrafts.by("alice");
        ProcessInstance review = starter.startFor(draft).orElseThrow();
        Task task = reviewTaskOf(review);

        decide(task, ReviewDecision.REJECT, "drcarol", "Promises a cure.", Instant.now());

        assertThat(endOf(review)).isEqualTo("rejected");
        assertThat(onlyEventFor(draft)).isInstanceOfSatisfying(ArticleRejected.class, rejected -> {
            assertThat(rejected.eventId()).isEqualTo(EventIds.derived(ArticleRejected.TYPE, task.getId()));
            assertThat(rejected.reviewer()).isEqualTo("drcarol");
            assertThat(rejected.comments()).isEqualTo("Promises a cure.");
        });
    }

    private Task reviewTaskOf(ProcessInstance review) {
        return taskService.createTaskQuery().processInstanceId(review.getId()).singleResult();
    }

    private void decide(Task task, ReviewDecision decision, String reviewer, String comments, Instant reviewedAt) {
        taskService.claim(task.getId(), reviewer);
        taskService.complete(task.getId(), Map.of(
                Variables.DECISION, decision.name(),
                Variables.COMMENTS, comments,
                Variables.REVIEWER, reviewer,
                Variables.REVIEWED_AT, reviewedAt));
    }

    private String endOf(ProcessInstance review) {
        assertThat(runtime.createProcessInstanceQuery().processInstanceId(review.getId()).count()).isZero();
        HistoricProcessInstance finished = history.createHistoricProcessInstanceQuery()
                .processInstanceId(review.getId()).singleResult();
        assertThat(finished.getEndTime()).isNotNull();
        return finished.getEndActivityId();
    }

    private ArticleEvent onlyEventFor(DraftSubmitted draft) {
        List<ArticleEvent> events = awaitReviewEvents(draft.articleId(), 1);
        assertThat(events).hasSize(1);
        return events.get(0);
    }
}
