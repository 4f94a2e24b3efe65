package org.healthjournal.pipeline.notifier.delivery;

import java.time.Instant;

/**
 * One announcement on the staff deliveries page: the article as mailed and its statistics.
 *
 * @param articleId the article, or {@code {articleId}@v{n}} for a mailed update
 */
public record AnnouncementSummary(String articleId, String title, Instant startedAt, Instant completedAt,
        DeliveryStatistics statistics) {
}
