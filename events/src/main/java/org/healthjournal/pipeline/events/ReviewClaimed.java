package org.healthjournal.pipeline.events;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import java.time.Instant;
import java.util.UUID;

import static org.healthjournal.pipeline.events.EventTypes.notNull;

/** A medical reviewer took the review task of this version: the writer sees it as in review. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ReviewClaimed(
        UUID eventId,
        String eventType,
        int schemaVersion,
        String articleId,
        int articleVersion,
        Instant occurredAt,
        String correlationId,
        String author,
        String taskId,
        String reviewer) implements ArticleEvent {

    public static final String TYPE = "ReviewClaimed";

    public ReviewClaimed {
        eventType = EventTypes.require(TYPE, eventType);
        schemaVersion = EventTypes.schemaVersion(schemaVersion);
        EventTypes.requireMetadata(eventId, articleId, articleVersion, occurredAt);
        notNull(taskId, "taskId");
        notNull(reviewer, "reviewer");
    }
}
