package org.healthjournal.pipeline.notifier.delivery;

import java.time.Instant;

/** An announcement and how far its mails got, for staff. */
public record AnnouncementProgress(String articleId, int articleVersion, Instant startedAt, Instant completedAt,
        DeliveryCounts deliveries) {
}
