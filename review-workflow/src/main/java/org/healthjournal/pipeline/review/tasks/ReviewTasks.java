package org.healthjournal.pipeline.review.tasks;

import org.flowable.engine.ProcessEngineConfiguration;
import org.flowable.engine.RuntimeService;
import org.flowable.engine.TaskService;
import org.flowable.task.api.Task;
import org.flowable.task.api.TaskQuery;
import org.healthjournal.pipeline.content.MarkdownRenderer;
import org.healthjournal.pipeline.content.RenderedArticle;
import org.healthjournal.pipeline.events.ArticleContent;
import org.healthjournal.pipeline.review.process.MedicalReviewProcess;
import org.healthjournal.pipeline.review.process.MedicalReviewProcess.Variables;
import org.springframework.stereotype.Component;

import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Which review tasks a reviewer may act on: open review tasks offered to one of their groups or
 * assigned to them. The inbox leaves out the reviewer's own articles (four-eyes).
 */
@Component
public class ReviewTasks {

    private static final List<String> LIST_VARIABLES = List.of(Variables.ARTICLE_ID, Variables.ARTICLE_VERSION,
            Variables.TITLE, Variables.AUTHOR, Variables.CATEGORY, Variables.RISK_LEVEL, Variables.FINDINGS_COUNT);

    private final TaskService taskService;
    private final RuntimeService runtime;
    private final ProcessEngineConfiguration engine;
    private final TaskAccess access;
    private final TaskClaims claims;
    private final MarkdownRenderer markdown = new MarkdownRenderer();

    ReviewTasks(TaskService taskService, RuntimeService runtime, ProcessEngineConfiguration engine, TaskAccess access,
            TaskClaims claims) {
        this.taskService = taskService;
        this.runtime = runtime;
        this.engine = engine;
        this.access = access;
        this.claims = claims;
    }

    public List<TaskSummary> inboxOf(Reviewer reviewer) {
        return actionableBy(reviewer)
                .processVariableValueNotEquals(Variables.AUTHOR, reviewer.name())
                .includeProcessVariables()
                .orderByTaskCreateTime().asc()
                .list().stream()
                .map(ReviewTask::of)
                // the first reviewer may not sign the second review: it is not in their inbox
                .filter(task -> !(task.isSecondReview() && reviewer.name().equals(task.firstReviewer())))
                .map(ReviewTask::summary)
                .toList();
    }

    /**
     * A page of the reviewer's tasks (offered to their groups or claimed by them, never on their own
     * articles), oldest due first. Reads only the few process variables a list shows: no article bodies.
     */
    public TaskPage pageOf(Reviewer reviewer, TaskFilter filter, int page, int size) {
        TaskQuery query = actionableBy(reviewer).processVariableValueNotEquals(Variables.AUTHOR, reviewer.name());
        Date now = engine.getClock().getCurrentTime();
        if (filter.category() != null && !filter.category().isBlank()) {
            query.processVariableValueEqualsIgnoreCase(Variables.CATEGORY, filter.category().strip());
        }
        if (filter.risk() != null && !filter.risk().isBlank()) {
            query.processVariableValueEquals(Variables.RISK_LEVEL, filter.risk().strip().toUpperCase(Locale.ROOT));
        }
        if (Boolean.TRUE.equals(filter.overdue())) {
            query.taskDueBefore(now);
        } else if (Boolean.FALSE.equals(filter.overdue())) {
            query.taskDueAfter(now);
        }
        long total = query.count();
        List<TaskListItem> items = query.orderByDueDateNullsLast().asc().orderByTaskCreateTime().asc()
                .listPage(page * size, size).stream()
                .map(task -> listItem(task, now))
                .toList();
        return new TaskPage(items, page, size, total, (int) ((total + size - 1) / size));
    }

    private TaskListItem listItem(Task task, Date now) {
        Map<String, Object> variables = runtime.getVariables(task.getProcessInstanceId(), LIST_VARIABLES);
        Object findings = variables.get(Variables.FINDINGS_COUNT);
        Object version = variables.get(Variables.ARTICLE_VERSION);
        return new TaskListItem(task.getId(), task.getName(), (String) variables.get(Variables.ARTICLE_ID),
                version instanceof Integer number ? number : 0, (String) variables.get(Variables.TITLE),
                (String) variables.get(Variables.AUTHOR), (String) variables.get(Variables.CATEGORY),
                task.getCreateTime().toInstant(), task.getDueDate() == null ? null : task.getDueDate().toInstant(),
                task.getDueDate() != null && task.getDueDate().before(now), (String) variables.get(Variables.RISK_LEVEL),
                findings instanceof Integer count ? count : 0, task.getAssignee());
    }

    /** The task if the reviewer may act on it by group or assignment, including their own articles. */
    public Optional<ReviewTask> find(String taskId, Reviewer reviewer) {
        return Optional.ofNullable(actionableBy(reviewer).taskId(taskId).includeProcessVariables().singleResult())
                .map(ReviewTask::of);
    }

    /**
     * The open task the reviewer may work on, or the reason why not: 404, 409 (decided, superseded or
     * claimed by someone else), 403 (the reviewer wrote the article).
     */
    public ReviewTask open(String taskId, Reviewer reviewer) {
        return access.open(taskId, reviewer);
    }

    /** Takes the task: nobody else may decide it until the reviewer unclaims it or decides. */
    public ReviewTask claim(String taskId, Reviewer reviewer) {
        return claims.claim(taskId, reviewer);
    }

    /** Gives the task back to the queue. */
    public ReviewTask unclaim(String taskId, Reviewer reviewer) {
        return claims.unclaim(taskId, reviewer);
    }

    public TaskDetail detail(ReviewTask task) {
        ArticleContent content = task.content();
        RenderedArticle rendered = markdown.render(content);
        return new TaskDetail(task.taskId(), task.articleId(), task.version(), task.title(), task.author(),
                task.createdAt(), content.dek(), content.category(), content.tags(), content.body(),
                content.keyTakeaway(), rendered.bodyHtml(), rendered.keyTakeawayHtml(), rendered.readMinutes(),
                content.references(), task.findings(), task.riskLevel());
    }

    private TaskQuery actionableBy(Reviewer reviewer) {
        TaskQuery query = TaskAccess.reviewTasks(taskService);
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
