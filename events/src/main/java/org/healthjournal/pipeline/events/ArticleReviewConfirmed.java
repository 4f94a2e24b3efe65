package org.healthjournal.pipeline.events;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static org.healthjournal.pipeline.events.EventTypes.notNull;

/** A periodic re-review confirmed a published article as it stands, with new review dates. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ArticleReviewConfirmed(
        UUID eventId,
        String eventType,
        int schemaVersion,
        String articleId,
        int articleVersion,
        Instant occurredAt,
        String correlationId,
        String author,
        List<ReviewerSignOff> reviewers,
        Instant reviewedAt,
        Instant nextReviewDue,
        String comments) implements ArticleEvent {

    public static final String TYPE = "ArticleReviewConfirmed";

    public ArticleReviewConfirmed {
        eventType = EventTypes.require(TYPE, eventType);
        schemaVersion = EventTypes.schemaVersion(schemaVersion);
        EventTypes.requireMetadata(eventId, articleId, articleVersion, occurredAt);
        notNull(reviewedAt, "reviewedAt");
        notNull(nextReviewDue, "nextReviewDue");
        reviewers = reviewers == null ? List.of() : List.copyOf(reviewers);
    }
}
