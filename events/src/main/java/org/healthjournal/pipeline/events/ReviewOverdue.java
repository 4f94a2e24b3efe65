package org.healthjournal.pipeline.events;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import java.time.Instant;
import java.util.UUID;

import static org.healthjournal.pipeline.events.EventTypes.notNull;

/** A review task waited past its service level: editors may now take it too. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ReviewOverdue(
        UUID eventId,
        String eventType,
        int schemaVersion,
        String articleId,
        int articleVersion,
        Instant occurredAt,
        String correlationId,
        String author,
        String taskId,
        String taskName,
        String title,
        Instant dueAt) implements ArticleEvent {

    public static final String TYPE = "ReviewOverdue";

    public ReviewOverdue {
        eventType = EventTypes.require(TYPE, eventType);
        schemaVersion = EventTypes.schemaVersion(schemaVersion);
        EventTypes.requireMetadata(eventId, articleId, articleVersion, occurredAt);
        notNull(taskId, "taskId");
        notNull(dueAt, "dueAt");
    }
}
