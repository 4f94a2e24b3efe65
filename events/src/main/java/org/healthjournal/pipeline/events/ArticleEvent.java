package org.healthjournal.pipeline.events;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;

import java.time.Instant;
import java.util.UUID;

/**
 * Every event about an article. The Kafka record key is always {@link #articleId()}, so all
 * events of one article land on one partition and stay in order.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.EXISTING_PROPERTY,
        property = "eventType", visible = true)
@JsonSubTypes({
        @JsonSubTypes.Type(value = DraftSubmitted.class, name = DraftSubmitted.TYPE),
        @JsonSubTypes.Type(value = ChangesRequested.class, name = ChangesRequested.TYPE),
        @JsonSubTypes.Type(value = ArticleApproved.class, name = ArticleApproved.TYPE),
        @JsonSubTypes.Type(value = ArticleRejected.class, name = ArticleRejected.TYPE),
        @JsonSubTypes.Type(value = ArticlePublished.class, name = ArticlePublished.TYPE),
        @JsonSubTypes.Type(value = ReviewClaimed.class, name = ReviewClaimed.TYPE),
        @JsonSubTypes.Type(value = ReviewOverdue.class, name = ReviewOverdue.TYPE),
        @JsonSubTypes.Type(value = PeriodicReviewOpened.class, name = PeriodicReviewOpened.TYPE),
        @JsonSubTypes.Type(value = ArticleWithdrawn.class, name = ArticleWithdrawn.TYPE),
        @JsonSubTypes.Type(value = ArticleReviewConfirmed.class, name = ArticleReviewConfirmed.TYPE),
        @JsonSubTypes.Type(value = ArticleRetracted.class, name = ArticleRetracted.TYPE),
        @JsonSubTypes.Type(value = ArticleScheduled.class, name = ArticleScheduled.TYPE),
        @JsonSubTypes.Type(value = ArticleUpdated.class, name = ArticleUpdated.TYPE)
})
public sealed interface ArticleEvent
        permits DraftSubmitted, ChangesRequested, ArticleApproved, ArticleRejected, ArticlePublished,
        ReviewClaimed, ReviewOverdue, PeriodicReviewOpened, ArticleWithdrawn, ArticleReviewConfirmed,
        ArticleRetracted, ArticleScheduled, ArticleUpdated {

    /** Unique per event; consumers use it to drop redeliveries. */
    UUID eventId();

    /** The record's simple name, e.g. {@code DraftSubmitted}. */
    String eventType();

    /** Version of this event type's schema; bumped only on incompatible changes. */
    int schemaVersion();

    String articleId();

    /** Version of the article's text this event is about (1 for the first draft). */
    int articleVersion();

    Instant occurredAt();

    /** Ties together every event caused by one submission. */
    String correlationId();
}
