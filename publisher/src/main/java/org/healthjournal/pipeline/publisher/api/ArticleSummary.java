package org.healthjournal.pipeline.publisher.api;

import java.time.Instant;

/**
 * A published article as staff tools see it.
 *
 * @param author        staff user name of the writer, or null
 * @param reviewedBy    staff user name of the medical reviewer
 * @param nextReviewDue when the next periodic review is due: as the approval or the latest re-review set
 *                      it, else reviewed + {@code pipeline.publisher.review-cycle}
 * @param status        {@code PUBLISHED} or {@code RETRACTED}
 */
public record ArticleSummary(String articleId, String slug, String url, int version, String title, String category,
                             String author, Instant publishedAt, Instant updatedAt, String reviewedBy,
                             Instant nextReviewDue, String status) {
}
