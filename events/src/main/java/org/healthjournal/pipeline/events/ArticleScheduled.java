package org.healthjournal.pipeline.events;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import java.time.Instant;
import java.util.UUID;

import static org.healthjournal.pipeline.events.EventTypes.notNull;

/** An approved version waits for its publishAt time before its page goes live. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ArticleScheduled(
        UUID eventId,
        String eventType,
        int schemaVersion,
        String articleId,
        int articleVersion,
        Instant occurredAt,
        String correlationId,
        String author,
        String slug,
        String url,
        String title,
        Instant publishAt) implements ArticleEvent {

    public static final String TYPE = "ArticleScheduled";

    public ArticleScheduled {
        eventType = EventTypes.require(TYPE, eventType);
        schemaVersion = EventTypes.schemaVersion(schemaVersion);
        EventTypes.requireMetadata(eventId, articleId, articleVersion, occurredAt);
        notNull(slug, "slug");
        notNull(url, "url");
        notNull(title, "title");
        notNull(publishAt, "publishAt");
    }
}
