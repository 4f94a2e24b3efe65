package org.healthjournal.pipeline.publisher.api;

import java.time.Instant;

/** Where a published article lives, for staff tools. */
public record ArticleSummary(String articleId, String slug, String url, int version, String title,
                             Instant publishedAt) {
}
