package org.healthjournal.pipeline.review.tasks;

import org.flowable.common.engine.api.FlowableOptimisticLockingException;
import org.flowable.common.engine.api.FlowableTaskAlreadyClaimedException;
import org.flowable.engine.TaskService;
import org.healthjournal.pipeline.events.EventIds;
import org.healthjournal.pipeline.events.ReviewClaimed;
import org.healthjournal.pipeline.support.PipelineProperties;
import org.healthjournal.pipeline.support.outbox.Outbox;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * Claiming and unclaiming review tasks. A claim is announced as {@link ReviewClaimed} through the
 * outbox in the same transaction, so the writer sees the article as in review exactly when it is.
 */
@Service
class TaskClaims {

    private static final Logger log = LoggerFactory.getLogger(TaskClaims.class);

    private final TaskAccess tasks;
    private final TaskService taskService;
    private final Outbox outbox;
    private final PipelineProperties pipeline;

    TaskClaims(TaskAccess tasks, TaskService taskService, Outbox outbox, PipelineProperties pipeline) {
        this.tasks = tasks;
        this.taskService = taskService;
        this.outbox = outbox;
        this.pipeline = pipeline;
    }

    @Transactional
    public ReviewTask claim(String taskId, Reviewer reviewer) {
        ReviewTask task = tasks.open(taskId, reviewer);
        if (reviewer.name().equals(task.assignee())) {
            return task;
        }
        if (task.isSecondReview() && reviewer.name().equals(task.firstReviewer())) {
            throw ReviewProblems.sameReviewerTwice(task.firstReviewer());
        }
        try {
            taskService.claim(taskId, reviewer.name());
        } catch (FlowableTaskAlreadyClaimedException | FlowableOptimisticLockingException concurrent) {
            throw ReviewProblems.decidedConcurrently(taskId);
        }
        Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        // one ReviewClaimed per claim: a task unclaimed and claimed again is announced again
        outbox.append(pipeline.getTopics().getReviews(), new ReviewClaimed(
                EventIds.derived(ReviewClaimed.TYPE, taskId + ":" + reviewer.name() + ":" + now.toEpochMilli()), null, 0, task.articleId(), task.version(), now, null, task.author(),
                taskId, reviewer.name()));
        log.info("{} claimed review task {} of article {} v{}", reviewer.name(), taskId, task.articleId(),
                task.version());
        return tasks.open(taskId, reviewer);
    }

    @Transactional
    public ReviewTask unclaim(String taskId, Reviewer reviewer) {
        ReviewTask task = tasks.open(taskId, reviewer);
        if (task.assignee() != null) {
            taskService.unclaim(taskId);
            log.info("{} gave review task {} of article {} back to the queue", reviewer.name(), taskId,
                    task.articleId());
        }
        return tasks.open(taskId, reviewer);
    }
}
