package org.healthjournal.pipeline.notifier.feeds;

import java.time.Instant;

/** A published article as feeds list it; {@code publishedAt} is its first publication. */
public record FeedEntry(
        String articleId,
        int articleVersion,
        String title,
        String dek,
        String url,
        String category,
        String author,
        Instant publishedAt,
        Instant updatedAt) {
}
