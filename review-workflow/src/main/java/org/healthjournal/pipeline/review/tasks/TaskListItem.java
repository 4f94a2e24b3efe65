package org.healthjournal.pipeline.review.tasks;

import java.time.Instant;

/**
 * One entry of the paged task list ({@code GET /api/tasks?page=…}), read without the article body.
 *
 * @param name     "Medical review", "Medical review (second reviewer)" or "Periodic re-review"
 * @param overdue  the task waited past its SLA (due) and is offered to editors too
 * @param assignee who claimed it, or null while it is in the queue
 */
public record TaskListItem(String taskId, String name, String articleId, int version, String title, String author,
        String category, Instant created, Instant due, boolean overdue, String riskLevel, int findingsCount,
        String assignee) {
}
