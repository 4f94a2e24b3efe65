package org.healthjournal.pipeline.review.tasks;

import org.flowable.common.engine.api.FlowableObjectNotFoundException;
import org.flowable.common.engine.api.FlowableOptimisticLockingException;
import org.flowable.common.engine.api.FlowableTaskAlreadyClaimedException;
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
 * Records a reviewer's decision: claim, sign and complete in one transaction. Completing runs the
 * outcome service task, which writes the outcome event to the outbox in the same transaction, so
 * the task is done and its event is queued, or neither.
 */
@Service
public class ReviewDecisions {

    private static final Logger log = LoggerFactory.getLogger(ReviewDecisions.class);

    private final ReviewTasks tasks;
    private final TaskService taskService;

    ReviewDecisions(ReviewTasks tasks, TaskService taskService) {
        this.tasks = tasks;
        this.taskService = taskService;
    }

    @Transactional
    public DecisionResult decide(String taskId, Reviewer reviewer, DecisionRequest request) {
        ReviewTask task = tasks.find(taskId, reviewer).orElseThrow(() -> ReviewProblems.taskNotFound(taskId));
        if (task.writtenBy(reviewer.name())) {
            log.warn("{} tried to sign the medical review of their own article {}", reviewer.name(), task.articleId());
            throw ReviewProblems.writerCannotSign();
        }
        // the engine stores dates to the millisecond; answer with what it will report later
        Instant reviewedAt = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        Map<String, Object> signOff = new HashMap<>();
        signOff.put(Variables.DECISION, request.decision().name());
        signOff.put(Variables.COMMENTS, request.commentsOrNull());
        signOff.put(Variables.REVIEWER, reviewer.name());
        signOff.put(Variables.REVIEWED_AT, reviewedAt);
        try {
            taskService.claim(taskId, reviewer.name());
            taskService.complete(taskId, signOff);
        } catch (FlowableTaskAlreadyClaimedException | FlowableOptimisticLockingException concurrent) {
            throw ReviewProblems.decidedConcurrently(taskId);
        } catch (FlowableObjectNotFoundException gone) {
            throw ReviewProblems.taskNotFound(taskId);
        }
        log.info("{} decided {} on article {} v{} (task {})", reviewer.name(), request.decision(), task.articleId(),
                task.version(), taskId);
        return new DecisionResult(taskId, task.articleId(), task.version(), request.decision(), reviewer.name(),
                reviewedAt);
    }
}
