package org.healthjournal.pipeline.review.tasks;

import org.flowable.engine.TaskService;
import org.flowable.task.api.TaskQuery;
import org.healthjournal.pipeline.content.MarkdownRenderer;
import org.healthjournal.pipeline.content.RenderedArticle;
import org.healthjournal.pipeline.events.ArticleContent;
import org.healthjournal.pipeline.review.process.MedicalReviewProcess;
import org.healthjournal.pipeline.review.process.MedicalReviewProcess.Variables;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Optional;

/**
 * Which review tasks a reviewer may act on: open {@code reviewDraft} tasks offered to one of
 * their groups or assigned to them. The inbox leaves out the reviewer's own articles (four-eyes).
 */
@Component
class ReviewTasks {

    private final TaskService taskService;
    private final MarkdownRenderer markdown = new MarkdownRenderer();

    ReviewTasks(TaskService taskService) {
        this.taskService = taskService;
    }

    List<TaskSummary> inboxOf(Reviewer reviewer) {
        return actionableBy(reviewer)
                .processVariableValueNotEquals(Variables.AUTHOR, reviewer.name())
                .includeProcessVariables()
                .orderByTaskCreateTime().asc()
                .list().stream()
                .map(ReviewTask::of)
                .map(ReviewTask::summary)
                .toList();
    }

    /** The task if the reviewer may act on it by group or assignment, including their own articles. */
    Optional<ReviewTask> find(String taskId, Reviewer reviewer) {
        return Optional.ofNullable(actionableBy(reviewer).taskId(taskId).includeProcessVariables().singleResult())
                .map(ReviewTask::of);
    }

    TaskDetail detail(ReviewTask task) {
        ArticleContent content = task.content();
        RenderedArticle rendered = markdown.render(content);
        return new TaskDetail(task.taskId(), task.articleId(), task.version(), task.title(), task.author(),
                task.createdAt(), content.dek(), content.category(), content.tags(), content.body(),
                content.keyTakeaway(), rendered.bodyHtml(), rendered.keyTakeawayHtml(), rendered.readMinutes(),
                content.references(), task.findings(), task.riskLevel());
    }

    private TaskQuery actionableBy(Reviewer reviewer) {
        TaskQuery query = taskService.createTaskQuery()
                .processDefinitionKey(MedicalReviewProcess.KEY)
                .taskDefinitionKey(MedicalReviewProcess.REVIEW_TASK);
        if (reviewer.groups().isEmpty()) {
            return query.taskAssignee(reviewer.name());
        }
        // candidate-group matches are unclaimed tasks only; a claimed task belongs to its assignee
        return query.or()
                .taskCandidateGroupIn(reviewer.groups())
                .taskAssignee(reviewer.name())
                .endOr();
    }
}
