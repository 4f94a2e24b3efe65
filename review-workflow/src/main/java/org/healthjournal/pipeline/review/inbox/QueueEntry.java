package org.healthjournal.pipeline.review.inbox;

import java.time.Instant;

/**
 * One line of a reviewer's queue page.
 *
 * @param due     when the review should be done: the task's due date, or its creation plus the review SLA
 * @param overdue the due time has passed
 */
public record QueueEntry(String taskId, String articleId, int version, String title, String author, String category,
        Instant created, Instant due, boolean overdue, String riskLevel, int findingsCount, String assignee) {

    public boolean highRisk() {
        return "HIGH".equals(riskLevel);
    }
}
