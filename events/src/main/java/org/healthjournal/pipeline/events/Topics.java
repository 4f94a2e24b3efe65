package org.healthjournal.pipeline.events;

/**
 * Default topic names. Services read the actual names from configuration
 * ({@code pipeline.topics.*}), which defaults to these.
 */
public final class Topics {

    /** {@link DraftSubmitted}: ingest → review-workflow. */
    public static final String DRAFTS = "editorial.drafts";
    /**
     * Review outcomes and the review's life: {@link ArticleApproved}, {@link ChangesRequested},
     * {@link ArticleRejected}, {@link ReviewClaimed}, {@link ReviewOverdue}, {@link ArticleWithdrawn},
     * {@link PeriodicReviewOpened}, {@link ArticleReviewConfirmed}, {@link ArticleRetracted}:
     * review-workflow → publisher, ingest, notifier.
     */
    public static final String REVIEWS = "editorial.reviews";
    /** {@link ArticlePublished}, {@link ArticleScheduled}, {@link ArticleUpdated}: publisher → notifier, ingest. */
    public static final String PUBLISHED = "editorial.published";
    /** Events no consumer could process, with the error in the headers. */
    public static final String DEAD_LETTER = "editorial.deadletter";

    private Topics() {
    }
}
