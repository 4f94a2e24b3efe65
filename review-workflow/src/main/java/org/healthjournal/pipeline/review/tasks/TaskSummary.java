package org.healthjournal.pipeline.review.tasks;

import java.time.Instant;

/** One entry of a reviewer's inbox. */
public record TaskSummary(String taskId, String articleId, int version, String title, String author, Instant createdAt) {
}
