package org.healthjournal.pipeline.ingest.drafts;

import java.time.Instant;

/** The current state of one article: its latest version and what the pipeline last said about it. */
public record Draft(
        String articleId,
        int version,
        DraftStatus status,
        String author,
        String correlationId,
        String title,
        String reviewer,
        String reviewerComments,
        String publishedUrl,
        Instant submittedAt,
        Instant updatedAt) {
}
