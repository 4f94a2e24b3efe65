package org.healthjournal.pipeline.events;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import java.time.Instant;
import java.util.UUID;

import static org.healthjournal.pipeline.events.EventTypes.notNull;

/** The next review date of a published article came: a periodic re-review task is open. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record PeriodicReviewOpened(
        UUID eventId,
        String eventType,
        int schemaVersion,
        String articleId,
        int articleVersion,
        Instant occurredAt,
        String correlationId,
        String author,
        String taskId,
        String title,
        Instant reviewDue) implements ArticleEvent {

    public static final String TYPE = "PeriodicReviewOpened";

    public PeriodicReviewOpened {
        eventType = EventTypes.require(TYPE, eventType);
        schemaVersion = EventTypes.schemaVersion(schemaVersion);
        EventTypes.requireMetadata(eventId, articleId, articleVersion, occurredAt);
        notNull(taskId, "taskId");
    }
}
