package org.healthjournal.pipeline.review.tasks;

import org.healthjournal.pipeline.review.process.ReviewDecision;

import java.time.Instant;

/** The recorded sign-off, returned once the outcome event is in Kafka. */
public record DecisionResult(String taskId, String articleId, int version, ReviewDecision decision, String reviewer,
        Instant reviewedAt) {
}
