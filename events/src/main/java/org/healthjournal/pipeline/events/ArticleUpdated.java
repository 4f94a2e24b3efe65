package org.healthjournal.pipeline.events;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static org.healthjournal.pipeline.events.EventTypes.notNull;

/** A newer approved version replaced a published page at the same URL. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ArticleUpdated(
        UUID eventId,
        String eventType,
        int schemaVersion,
        String articleId,
        int articleVersion,
        Instant occurredAt,
        String correlationId,
        String author,
        String reviewer,
        String slug,
        String url,
        String title,
        String dek,
        String category,
        List<String> tags,
        Instant publishedAt,
        Instant updatedAt,
        String changeNote,
        Integer readTimeMinutes,
        List<ReviewerSignOff> reviewers) implements ArticleEvent {

    public static final String TYPE = "ArticleUpdated";

    public ArticleUpdated {
        eventType = EventTypes.require(TYPE, eventType);
        schemaVersion = EventTypes.schemaVersion(schemaVersion);
        EventTypes.requireMetadata(eventId, articleId, articleVersion, occurredAt);
        notNull(slug, "slug");
        notNull(url, "url");
        notNull(title, "title");
        notNull(publishedAt, "publishedAt");
        notNull(updatedAt, "updatedAt");
        tags = tags == null ? List.of() : List.copyOf(tags);
        reviewers = reviewers == null ? List.of() : List.copyOf(reviewers);
    }
}
