package org.healthjournal.pipeline.events;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import java.time.Instant;
import java.util.UUID;

import static org.healthjournal.pipeline.events.EventTypes.notNull;

/** A medical reviewer retracted a published article: its page shows the retraction notice instead of the body. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ArticleRetracted(
        UUID eventId,
        String eventType,
        int schemaVersion,
        String articleId,
        int articleVersion,
        Instant occurredAt,
        String correlationId,
        String author,
        String reviewer,
        String reason,
        Instant retractedAt) implements ArticleEvent {

    public static final String TYPE = "ArticleRetracted";

    public ArticleRetracted {
        eventType = EventTypes.require(TYPE, eventType);
        schemaVersion = EventTypes.schemaVersion(schemaVersion);
        EventTypes.requireMetadata(eventId, articleId, articleVersion, occurredAt);
        notNull(reviewer, "reviewer");
        notNull(reason, "reason");
        notNull(retractedAt, "retractedAt");
    }
}
