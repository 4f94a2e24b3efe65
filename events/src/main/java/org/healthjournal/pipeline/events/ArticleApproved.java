package org.healthjournal.pipeline.events;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static org.healthjournal.pipeline.events.EventTypes.notNull;

/**
 * Medical review signed off this version; it carries the approved text so the publisher needs
 * nothing else. {@code reviewer} is the last reviewer to approve; {@code reviewers} lists every
 * sign-off (two when a second review was required) with display names and credentials;
 * {@code nextReviewDue} is when a periodic re-review opens.
 */
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
        ArticleContent content,
        List<ReviewerSignOff> reviewers,
        Instant nextReviewDue) implements ArticleEvent {

    public static final String TYPE = "ArticleApproved";

    @JsonCreator
    public ArticleApproved {
        eventType = EventTypes.require(TYPE, eventType);
        schemaVersion = EventTypes.schemaVersion(schemaVersion);
        EventTypes.requireMetadata(eventId, articleId, articleVersion, occurredAt);
        notNull(reviewer, "reviewer");
        notNull(reviewedAt, "reviewedAt");
        notNull(content, "content");
        reviewers = reviewers == null ? List.of() : List.copyOf(reviewers);
    }

    /** An approval without reviewer profiles or a next review date. */
    public ArticleApproved(UUID eventId, String eventType, int schemaVersion, String articleId, int articleVersion,
            Instant occurredAt, String correlationId, String author, String reviewer, Instant reviewedAt,
            String comments, ArticleContent content) {
        this(eventId, eventType, schemaVersion, articleId, articleVersion, occurredAt, correlationId, author,
                reviewer, reviewedAt, comments, content, List.of(), null);
    }
}
