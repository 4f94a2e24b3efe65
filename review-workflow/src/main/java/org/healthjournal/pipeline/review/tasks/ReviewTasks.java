package org.healthjournal.pipeline.review.tasks;

import org.flowable.engine.HistoryService;
import org.flowable.engine.ProcessEngineConfiguration;
import org.flowable.engine.RuntimeService;
import org.flowable.engine.TaskService;
import org.flowable.task.api.Task;
import org.flowable.task.api.TaskQuery;
import org.flowable.variable.api.history.HistoricVariableInstance;
import org.healthjournal.pipeline.content.MarkdownRenderer;
import org.healthjournal.pipeline.content.RenderedArticle;
import org.healthjournal.pipeline.events.ArticleContent;
import org.healthjournal.pipeline.review.process.MedicalReviewProcess;
import org.healthjournal.pipeline.review.process.MedicalReviewProcess.Variables;
import org.healthjournal.pipeline.support.database.PerValuePlans;
import org.springframework.stereotype.Component;

import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Which review tasks a reviewer may act on: open review tasks offered to one of their groups or
 * assigned to them. The inbox (the API's list and the inbox page alike) leaves out the reviewer's
 * own articles and second reviews of their own first reviews (four-eyes).
 */
@Component
public class ReviewTasks {

    private static final List<String> LIST_VARIABLES = List.of(Variables.ARTICLE_ID, Variables.ARTICLE_VERSION,
            Variables.TITLE, Variables.AUTHOR, Variables.CATEGORY, Variables.RISK_LEVEL, Variables.FINDINGS_COUNT);

    private final TaskService taskService;
    private final RuntimeService runtime;
    private final HistoryService history;
    private final ProcessEngineConfiguration engine;
    private final TaskAccess access;
    private final TaskClaims claims;
    private final PerValuePlans perValuePlans;
    private final MarkdownRenderer markdown = new MarkdownRenderer();

    ReviewTasks(TaskService taskService, RuntimeService runtime, HistoryService history,
            ProcessEngineConfiguration engine, TaskAccess access, TaskClaims claims, PerValuePlans perValuePlans) {
        this.taskService = taskService;
        this.runtime = runtime;
        this.history = history;
        this.engine = engine;
        this.access = access;
        this.claims = claims;
        this.perValuePlans = perValuePlans;
    }

    /** Every task in the reviewer's inbox (see {@link #inboxQuery}), oldest first. */
    public List<TaskSummary> inboxOf(Reviewer reviewer) {
        return perValuePlans.run(() -> inboxQuery(reviewer)
                .includeProcessVariables()
                .orderByTaskCreateTime().asc()
                .list().stream()
                .map(ReviewTask::of)
                .map(ReviewTask::summary)
                .toList());
    }

    /**
     * A page of the reviewer's inbox (see {@link #inboxQuery}), oldest due first; the API's paged list
     * and the inbox page both show it. Reads only the few process variables a list shows: no article bodies.
     * Planned for the filter's values on PostgreSQL ({@link PerValuePlans}): a category or risk level can
     * match a handful of the open tasks or most of them.
     */
    public TaskPage pageOf(Reviewer reviewer, TaskFilter filter, int page, int size) {
        return perValuePlans.run(() -> filteredPage(reviewer, filter, page, size));
    }

    private TaskPage filteredPage(Reviewer reviewer, TaskFilter filter, int page, int size) {
        TaskQuery query = inboxQuery(reviewer);
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

    /**
     * The categories of the tasks in the reviewer's inbox, sorted: the choices of the inbox page's
     * category filter. One query for the task ids and one for their category variables.
     */
    public List<String> categoriesOf(Reviewer reviewer) {
        return perValuePlans.run(() -> inboxCategories(reviewer));
    }

    private List<String> inboxCategories(Reviewer reviewer) {
        Set<String> processes = inboxQuery(reviewer).list().stream()
                .map(Task::getProcessInstanceId)
                .collect(Collectors.toSet());
        if (processes.isEmpty()) {
            return List.of();
        }
        return history.createHistoricVariableInstanceQuery()
                .processInstanceIds(processes)
                .variableName(Variables.CATEGORY)
                .list().stream()
                .map(HistoricVariableInstance::getValue)
                .filter(String.class::isInstance)
                .map(String.class::cast)
                .distinct()
                .sorted()
                .toList();
    }

    /** The open task as a line of the task list, due and overdue judged by the engine's clock as in {@link #pageOf}. */
    public TaskListItem listItem(ReviewTask task) {
        Date now = engine.getClock().getCurrentTime();
        ArticleContent content = task.content();
        return new TaskListItem(task.taskId(), task.name(), task.articleId(), task.version(), task.title(),
                task.author(), content.category(), task.createdAt(), task.dueAt(),
                task.dueAt() != null && task.dueAt().isBefore(now.toInstant()), task.riskLevel(),
                task.findings().size(), task.assignee());
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

    /**
     * The reviewer's inbox, in one query so that lists, counts and pages agree: open review tasks
     * ({@code reviewDraft}, {@code secondReview}, {@code reReview}) offered to their groups or claimed
     * by them, except tasks on their own articles (four-eyes) and the second review of an article
     * whose first review they signed (another reviewer must sign it). Editors' only group, {@code
     * editors}, is offered overdue tasks only.
     */
    private TaskQuery inboxQuery(Reviewer reviewer) {
        return actionableBy(reviewer)
                .processVariableValueNotEquals(Variables.AUTHOR, reviewer.name())
                // firstReviewer is set once the first of two reviews is approved: only a second
                // review is open then (a "not equals" needs the variable, hence the "not exists")
                .or()
                .processVariableNotExists(Variables.FIRST_REVIEWER)
                .processVariableValueNotEquals(Variables.FIRST_REVIEWER, reviewer.name())
                .endOr();
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
