package org.healthjournal.pipeline.review.tasks;

import jakarta.validation.Valid;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The medical reviewers' inbox, claims and decisions. */
@RestController
@RequestMapping("/api/tasks")
@PreAuthorize("hasAnyRole('REVIEWER', 'EDITOR')")
class ReviewTaskController {

    static final int DEFAULT_PAGE_SIZE = 25;
    static final int MAX_PAGE_SIZE = 200;

    private final ReviewTasks tasks;
    private final ReviewDecisions decisions;

    ReviewTaskController(ReviewTasks tasks, ReviewDecisions decisions) {
        this.tasks = tasks;
        this.decisions = decisions;
    }

    /**
     * Without {@code page}: every task as an array (the original shape, which scripts rely on). With
     * {@code page}: a page object, filtered, oldest due first, without loading article bodies.
     */
    @GetMapping
    Object inbox(@RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size,
            @RequestParam(required = false) String category, @RequestParam(required = false) Boolean overdue,
            @RequestParam(required = false) String risk, Authentication caller) {
        if (page == null) {
            return tasks.inboxOf(Reviewer.of(caller));
        }
        int pageSize = size == null ? DEFAULT_PAGE_SIZE : size;
        if (page < 0 || pageSize < 1 || pageSize > MAX_PAGE_SIZE) {
            throw ReviewProblems.invalidPage(MAX_PAGE_SIZE);
        }
        return tasks.pageOf(Reviewer.of(caller), new TaskFilter(category, overdue, risk), page, pageSize);
    }

    @GetMapping("/{taskId}")
    TaskDetail task(@PathVariable String taskId, Authentication caller) {
        return tasks.detail(tasks.open(taskId, Reviewer.of(caller)));
    }

    @PostMapping("/{taskId}/claim")
    ClaimResult claim(@PathVariable String taskId, Authentication caller) {
        return ClaimResult.of(tasks.claim(taskId, Reviewer.of(caller)));
    }

    @PostMapping("/{taskId}/unclaim")
    ClaimResult unclaim(@PathVariable String taskId, Authentication caller) {
        return ClaimResult.of(tasks.unclaim(taskId, Reviewer.of(caller)));
    }

    @PostMapping("/{taskId}/decision")
    DecisionResult decide(@PathVariable String taskId, @Valid @RequestBody DecisionRequest request,
            Authentication caller) {
        return decisions.decide(taskId, Reviewer.of(caller), request);
    }
}
