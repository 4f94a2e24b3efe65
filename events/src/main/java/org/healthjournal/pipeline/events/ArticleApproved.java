package org.healthjournal.pipeline.events;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import java.time.Instant;
import java.util.UUID;

import static org.healthjournal.pipeline.events.EventTypes.notNull;

/** A medical reviewer signed off this version; it carries the approved text so the publisher needs nothing else. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ArticleApproved(
        UUID eventId,
        String eventType,
        int schemaVersion,
        String articleId,
        int articleVersion,
        Instant occurredAt,
        String correlationId,
        String author,
        String reviewer,
        Instant reviewedAt,
        String comments,
        ArticleContent content) implements ArticleEvent {

    public static final String TYPE = "ArticleApproved";

    public ArticleApproved {
        eventType = EventTypes.require(TYPE, eventType);
        schemaVersion = EventTypes.schemaVersion(schemaVersion);
        EventTypes.requireMetadata(eventId, articleId, articleVersion, occurredAt);
        notNull(reviewer, "reviewer");
        notNull(reviewedAt, "reviewedAt");
        notNull(content, "content");
    }
}
