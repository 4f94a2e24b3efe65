package org.healthjournal.pipeline.review.tasks;

import org.flowable.common.engine.api.FlowableObjectNotFoundException;
import org.flowable.common.engine.api.FlowableOptimisticLockingException;
import org.flowable.common.engine.api.FlowableTaskAlreadyClaimedException;
import org.flowable.engine.ProcessEngineConfiguration;
import org.flowable.engine.TaskService;
import org.healthjournal.pipeline.review.process.MedicalReviewProcess.Variables;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.Map;

/**
 * Records a reviewer's decision: claim (if nobody has yet), sign and complete in one transaction.
 * Completing runs the outcome service task, which writes the outcome event to the outbox in the same
 * transaction, so the task is done and its event is queued, or neither.
 */
@Service
public class ReviewDecisions {

    private static final Logger log = LoggerFactory.getLogger(ReviewDecisions.class);

    private final TaskAccess tasks;
    private final TaskService taskService;
    private final ProcessEngineConfiguration engine;

    ReviewDecisions(TaskAccess tasks, TaskService taskService, ProcessEngineConfiguration engine) {
        this.tasks = tasks;
        this.taskService = taskService;
        this.engine = engine;
    }

    /**
     * @throws org.springframework.web.ErrorResponseException 422 (comments missing), 400 (a decision
     *         this task does not take), 404, 409 (decided, superseded, claimed by someone else),
     *         403 (the writer, or the first reviewer on the second review)
     */
    @Transactional
    public DecisionResult decide(String taskId, Reviewer reviewer, DecisionRequest request) {
        if (request.decision().requiresComments() && request.commentsOrNull() == null) {
            throw ReviewProblems.commentsRequired(request.decision());
        }
        ReviewTask task = tasks.open(taskId, reviewer);
        if (!task.allowedDecisions().contains(request.decision())) {
            throw ReviewProblems.decisionNotAllowed(request.decision(), task.allowedDecisions());
        }
        if (task.isSecondReview() && reviewer.name().equals(task.firstReviewer())) {
            log.warn("{} tried to sign both medical reviews of article {}", reviewer.name(), task.articleId());
            throw ReviewProblems.sameReviewerTwice(task.firstReviewer());
        }
        // the engine's clock (which also drives its timers); it stores dates to the millisecond, so
        // answer with what it will report later
        Instant reviewedAt = engine.getClock().getCurrentTime().toInstant().truncatedTo(ChronoUnit.MILLIS);
        Map<String, Object> signOff = new HashMap<>();
        signOff.put(Variables.DECISION, request.decision().name());
        signOff.put(Variables.COMMENTS, request.commentsOrNull());
        signOff.put(Variables.REVIEWER, reviewer.name());
        signOff.put(Variables.REVIEWED_AT, reviewedAt);
        try {
            if (task.assignee() == null) {
                // deciding an unclaimed task claims it for the moment of the decision
                taskService.claim(taskId, reviewer.name());
            }
            // also on the task itself, so the audit trail keeps each task's decision when a later one
            // (the second review, a re-review) overwrites the process's
            taskService.setVariablesLocal(taskId, signOff);
            taskService.complete(taskId, signOff);
        } catch (FlowableTaskAlreadyClaimedException | FlowableOptimisticLockingException concurrent) {
            throw ReviewProblems.decidedConcurrently(taskId);
        } catch (FlowableObjectNotFoundException gone) {
            throw ReviewProblems.taskCompleted(taskId);
        }
        log.info("{} decided {} on article {} v{} (task {})", reviewer.name(), request.decision(), task.articleId(),
                task.version(), taskId);
        return new DecisionResult(taskId, task.articleId(), task.version(), request.decision(), reviewer.name(),
                reviewedAt);
    }
}
