package org.healthjournal.pipeline.review.tasks;

import org.flowable.engine.HistoryService;
import org.flowable.engine.TaskService;
import org.flowable.identitylink.api.IdentityLink;
import org.flowable.identitylink.api.IdentityLinkType;
import org.flowable.task.api.Task;
import org.flowable.task.api.TaskQuery;
import org.healthjournal.pipeline.review.process.MedicalReviewProcess;
import org.springframework.stereotype.Component;

/** Who may work on which open review task, answered the way the API answers it. */
@Component
class TaskAccess {

    private final TaskService taskService;
    private final HistoryService history;

    TaskAccess(TaskService taskService, HistoryService history) {
        this.taskService = taskService;
        this.history = history;
    }

    /**
     * The open task the reviewer may work on, or the reason why not, as the API answers it: 404 (no
     * such task, or not offered to the reviewer's groups), 409 (already decided or superseded, or
     * claimed by someone else, named), 403 (the reviewer wrote the article).
     */
    ReviewTask open(String taskId, Reviewer reviewer) {
        Task task = reviewTasks(taskService).taskId(taskId).includeProcessVariables().singleResult();
        if (task == null) {
            boolean closed = history.createHistoricTaskInstanceQuery().taskId(taskId).finished().count() > 0;
            throw closed ? ReviewProblems.taskCompleted(taskId) : ReviewProblems.taskNotFound(taskId);
        }
        ReviewTask review = ReviewTask.of(task);
        boolean mine = reviewer.name().equals(task.getAssignee());
        if (!mine && !offeredTo(taskId, reviewer)) {
            throw ReviewProblems.taskNotFound(taskId);
        }
        if (review.writtenBy(reviewer.name())) {
            throw ReviewProblems.writerCannotSign();
        }
        if (task.getAssignee() != null && !mine) {
            throw ReviewProblems.claimedByOther(taskId, task.getAssignee());
        }
        return review;
    }

    private boolean offeredTo(String taskId, Reviewer reviewer) {
        return taskService.getIdentityLinksForTask(taskId).stream()
                .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()))
                .map(IdentityLink::getGroupId)
                .anyMatch(group -> group != null && reviewer.groups().contains(group));
    }

    static TaskQuery reviewTasks(TaskService taskService) {
        return taskService.createTaskQuery()
                .processDefinitionKeyIn(MedicalReviewProcess.PROCESS_KEYS)
                .taskDefinitionKeys(MedicalReviewProcess.REVIEW_TASKS);
    }
}
