package org.healthjournal.pipeline.review.inbox;

import org.flowable.engine.TaskService;
import org.flowable.task.api.Task;
import org.flowable.task.api.TaskQuery;
import org.healthjournal.pipeline.events.ArticleContent;
import org.healthjournal.pipeline.review.process.ArticleContentVariable;
import org.healthjournal.pipeline.review.process.CheckFindingsVariable;
import org.healthjournal.pipeline.review.process.MedicalReviewProcess;
import org.healthjournal.pipeline.review.process.MedicalReviewProcess.Variables;
import org.healthjournal.pipeline.review.tasks.Reviewer;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The review tasks a reviewer may act on, read for the pages: the same rule as the task API (open
 * {@code reviewDraft} tasks offered to one of their groups or assigned to them, their own articles
 * left out of the queue), with what the queue page shows and filters on (category, due, risk).
 */
@Component
class ReviewQueue {

    private final TaskService taskService;
    private final Clock clock;
    private final Duration reviewSla;

    ReviewQueue(TaskService taskService, Clock clock,
            @Value("${pipeline.inbox.review-sla:P2D}") Duration reviewSla) {
        this.taskService = taskService;
        this.clock = clock;
        this.reviewSla = reviewSla;
    }

    /** Oldest first: the review that has waited longest is at the top. */
    List<QueueEntry> of(Reviewer reviewer) {
        return actionableBy(reviewer)
                .processVariableValueNotEquals(Variables.AUTHOR, reviewer.name())
                .includeProcessVariables()
                .orderByTaskCreateTime().asc()
                .list().stream()
                .map(this::entry)
                .sorted(Comparator.comparing(QueueEntry::created))
                .toList();
    }

    /** The open task if the reviewer may act on it by group or assignment, their own articles included. */
    Optional<Task> open(String taskId, Reviewer reviewer) {
        return Optional.ofNullable(actionableBy(reviewer).taskId(taskId).includeProcessVariables().singleResult());
    }

    QueueEntry entry(Task task) {
        Map<String, Object> variables = task.getProcessVariables();
        ArticleContent content = ArticleContentVariable.fromJson((String) variables.get(Variables.CONTENT));
        Instant created = task.getCreateTime().toInstant();
        Instant due = task.getDueDate() != null ? task.getDueDate().toInstant() : created.plus(reviewSla);
        return new QueueEntry(task.getId(),
                (String) variables.get(Variables.ARTICLE_ID),
                (Integer) variables.get(Variables.ARTICLE_VERSION),
                (String) variables.get(Variables.TITLE),
                (String) variables.get(Variables.AUTHOR),
                content.category(),
                created, due, due.isBefore(clock.instant()),
                (String) variables.get(Variables.RISK_LEVEL),
                CheckFindingsVariable.fromJson((String) variables.get(Variables.CHECK_FINDINGS)).size(),
                task.getAssignee());
    }

    private TaskQuery actionableBy(Reviewer reviewer) {
        TaskQuery query = taskService.createTaskQuery()
                .processDefinitionKey(MedicalReviewProcess.KEY)
                .taskDefinitionKey(MedicalReviewProcess.REVIEW_TASK);
        if (reviewer.groups().isEmpty()) {
            return query.taskAssignee(reviewer.name());
        }
        return query.or()
                .taskCandidateGroupIn(reviewer.groups())
                .taskAssignee(reviewer.name())
                .endOr();
    }
}
