package org.healthjournal.pipeline.events;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static org.healthjournal.pipeline.events.EventTypes.notNull;

/** The article's page is live at {@code url}. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ArticlePublished(
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
        Instant publishedAt) implements ArticleEvent {

    public static final String TYPE = "ArticlePublished";

    public ArticlePublished {
        eventType = EventTypes.require(TYPE, eventType);
        schemaVersion = EventTypes.schemaVersion(schemaVersion);
        EventTypes.requireMetadata(eventId, articleId, articleVersion, occurredAt);
        notNull(slug, "slug");
        notNull(url, "url");
        notNull(title, "title");
        notNull(publishedAt, "publishedAt");
        tags = tags == null ? List.of() : List.copyOf(tags);
    }
}
