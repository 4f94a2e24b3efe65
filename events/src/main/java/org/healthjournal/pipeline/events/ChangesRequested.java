package org.healthjournal.pipeline.events;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import java.time.Instant;
import java.util.UUID;

import static org.healthjournal.pipeline.events.EventTypes.notNull;

/** A medical reviewer asked the writer to revise the draft. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ChangesRequested(
        UUID eventId,
        String eventType,
        int schemaVersion,
        String articleId,
        int articleVersion,
        Instant occurredAt,
        String correlationId,
        String author,
        String reviewer,
        String comments) implements ArticleEvent {

    public static final String TYPE = "ChangesRequested";

    public ChangesRequested {
        eventType = EventTypes.require(TYPE, eventType);
        schemaVersion = EventTypes.schemaVersion(schemaVersion);
        EventTypes.requireMetadata(eventId, articleId, articleVersion, occurredAt);
        notNull(reviewer, "reviewer");
    }
}
