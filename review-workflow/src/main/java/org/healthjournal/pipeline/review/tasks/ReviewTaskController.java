package org.healthjournal.pipeline.review.tasks;

import jakarta.validation.Valid;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

/** The medical reviewers' inbox and decisions. */
@RestController
@RequestMapping("/api/tasks")
@PreAuthorize("hasAnyRole('REVIEWER', 'EDITOR')")
class ReviewTaskController {

    private final ReviewTasks tasks;
    private final ReviewDecisions decisions;

    ReviewTaskController(ReviewTasks tasks, ReviewDecisions decisions) {
        this.tasks = tasks;
        this.decisions = decisions;
    }

    @GetMapping
    List<TaskSummary> inbox(Authentication caller) {
        return tasks.inboxOf(Reviewer.of(caller));
    }

    @GetMapping("/{taskId}")
    TaskDetail task(@PathVariable String taskId, Authentication caller) {
        Reviewer reviewer = Reviewer.of(caller);
        return tasks.find(taskId, reviewer)
                .filter(task -> !task.writtenBy(reviewer.name()))
                .map(tasks::detail)
                .orElseThrow(() -> ReviewProblems.taskNotFound(taskId));
    }

    @PostMapping("/{taskId}/decision")
    DecisionResult decide(@PathVariable String taskId, @Valid @RequestBody DecisionRequest request,
            Authentication caller) {
        if (request.decision().requiresComments() && request.commentsOrNull() == null) {
            throw ReviewProblems.commentsRequired();
        }
        return decisions.decide(taskId, Reviewer.of(caller), request);
    }
}
