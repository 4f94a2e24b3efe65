package org.healthjournal.pipeline.review.process;

import org.flowable.engine.TaskService;
import org.flowable.engine.delegate.DelegateExecution;
import org.flowable.engine.delegate.JavaDelegate;
import org.flowable.task.api.Task;
import org.healthjournal.pipeline.events.EventIds;
import org.healthjournal.pipeline.events.ReviewOverdue;
import org.healthjournal.pipeline.review.process.MedicalReviewProcess.Variables;
import org.healthjournal.pipeline.support.PipelineProperties;
import org.healthjournal.pipeline.support.outbox.Outbox;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * Service task after a review task's SLA timer ({@code reviewOverdue}, {@code secondReviewOverdue}):
 * the task stays with medical reviewers and is now offered to editors too, and a
 * {@link ReviewOverdue} goes out through the outbox (one per task: its id is derived from the task).
 */
@Component("escalateReview")
class EscalateReview implements JavaDelegate {

    private static final Logger log = LoggerFactory.getLogger(EscalateReview.class);

    private final TaskService taskService;
    private final Outbox outbox;
    private final PipelineProperties pipeline;

    EscalateReview(@Lazy TaskService taskService, Outbox outbox, PipelineProperties pipeline) {
        this.taskService = taskService;
        this.outbox = outbox;
        this.pipeline = pipeline;
    }

    @Override
    public void execute(DelegateExecution execution) {
        for (Task task : taskService.createTaskQuery().processInstanceId(execution.getProcessInstanceId())
                .taskDefinitionKeys(MedicalReviewProcess.REVIEW_TASKS).list()) {
            taskService.addCandidateGroup(task.getId(), MedicalReviewProcess.EDITOR_GROUP);
            Instant now = EngineTime.now(execution);
            Instant due = task.getDueDate() == null ? now : task.getDueDate().toInstant();
            outbox.append(pipeline.getTopics().getReviews(), new ReviewOverdue(
                    EventIds.derived(ReviewOverdue.TYPE, task.getId()), null, 0,
                    (String) execution.getVariable(Variables.ARTICLE_ID),
                    (Integer) execution.getVariable(Variables.ARTICLE_VERSION), now,
                    (String) execution.getVariable(Variables.CORRELATION_ID),
                    (String) execution.getVariable(Variables.AUTHOR), task.getId(), task.getName(),
                    (String) execution.getVariable(Variables.TITLE), due.truncatedTo(ChronoUnit.MILLIS)));
            log.warn("review task {} ({}) of article {} is overdue since {}: offered to editors too", task.getId(),
                    task.getName(), execution.getVariable(Variables.ARTICLE_ID), due);
        }
    }
}
