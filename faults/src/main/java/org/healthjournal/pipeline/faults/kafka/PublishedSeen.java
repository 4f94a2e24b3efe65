package org.healthjournal.pipeline.faults.kafka;

import java.time.Instant;

/** An {@code ArticlePublished} event as it appeared on {@code editorial.published}. */
public record PublishedSeen(String eventId, String articleId, int articleVersion, String slug, String title,
                            Instant seenAt) {
}
