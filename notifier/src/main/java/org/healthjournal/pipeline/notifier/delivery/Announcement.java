package org.healthjournal.pipeline.notifier.delivery;

import java.time.Instant;
import java.util.UUID;

/**
 * The e-mail announcement of an article's first publication. {@code startedAt} fixes the audience:
 * subscribers confirmed by then. {@code completedAt} is set once every one of them was handled.
 */
public record Announcement(String articleId, UUID eventId, int articleVersion, Instant startedAt, Instant completedAt) {

    public boolean isCompleted() {
        return completedAt != null;
    }
}
