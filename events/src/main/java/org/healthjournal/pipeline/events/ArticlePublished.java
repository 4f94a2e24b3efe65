package org.healthjournal.pipeline.events;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static org.healthjournal.pipeline.events.EventTypes.notNull;

/**
 * The article's page is live at {@code url}. {@code readTimeMinutes} and {@code reviewers} (display
 * names and credentials) let the notifier write its mail without the page.
 */
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
        Instant publishedAt,
        Integer readTimeMinutes,
        List<ReviewerSignOff> reviewers) implements ArticleEvent {

    public static final String TYPE = "ArticlePublished";

    @JsonCreator
    public ArticlePublished {
        eventType = EventTypes.require(TYPE, eventType);
        schemaVersion = EventTypes.schemaVersion(schemaVersion);
        EventTypes.requireMetadata(eventId, articleId, articleVersion, occurredAt);
        notNull(slug, "slug");
        notNull(url, "url");
        notNull(title, "title");
        notNull(publishedAt, "publishedAt");
        tags = tags == null ? List.of() : List.copyOf(tags);
        reviewers = reviewers == null ? List.of() : List.copyOf(reviewers);
    }

    /** A publication without read time or reviewer profiles. */
    public ArticlePublished(UUID eventId, String eventType, int schemaVersion, String articleId, int articleVersion,
            Instant occurredAt, String correlationId, String author, String reviewer, String slug, String url,
            String title, String dek, String category, List<String> tags, Instant publishedAt) {
        this(eventId, eventType, schemaVersion, articleId, articleVersion, occurredAt, correlationId, author,
                reviewer, slug, url, title, dek, category, tags, publishedAt, null, List.of());
    }
}
