package org.healthjournal.pipeline.events;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import java.time.Instant;
import java.util.UUID;

import static org.healthjournal.pipeline.events.EventTypes.notNull;

/** Changes were requested and no revision came in time: the review ended without publishing. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ArticleWithdrawn(
        UUID eventId,
        String eventType,
        int schemaVersion,
        String articleId,
        int articleVersion,
        Instant occurredAt,
        String correlationId,
        String author,
        String reason) implements ArticleEvent {

    public static final String TYPE = "ArticleWithdrawn";

    public ArticleWithdrawn {
        eventType = EventTypes.require(TYPE, eventType);
        schemaVersion = EventTypes.schemaVersion(schemaVersion);
        EventTypes.requireMetadata(eventId, articleId, articleVersion, occurredAt);
        notNull(reason, "reason");
    }
}
