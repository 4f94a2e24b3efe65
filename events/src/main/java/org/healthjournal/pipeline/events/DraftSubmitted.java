package org.healthjournal.pipeline.events;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import java.time.Instant;
import java.util.UUID;

import static org.healthjournal.pipeline.events.EventTypes.notNull;

/** A writer submitted a new draft or a revision of an article. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record DraftSubmitted(
        UUID eventId,
        String eventType,
        int schemaVersion,
        String articleId,
        int articleVersion,
        Instant occurredAt,
        String correlationId,
        String author,
        ArticleContent content) implements ArticleEvent {

    public static final String TYPE = "DraftSubmitted";

    public DraftSubmitted {
        eventType = EventTypes.require(TYPE, eventType);
        schemaVersion = EventTypes.schemaVersion(schemaVersion);
        EventTypes.requireMetadata(eventId, articleId, articleVersion, occurredAt);
        notNull(author, "author");
        notNull(content, "content");
    }
}
