package org.healthjournal.pipeline.review.tasks;

import java.time.Instant;

/**
 * One entry of a reviewer's inbox.
 *
 * @param riskLevel LOW, MEDIUM or HIGH from the automated checks (null for reviews started before them)
 */
public record TaskSummary(String taskId, String articleId, int version, String title, String author, Instant createdAt,
        String riskLevel) {
}
