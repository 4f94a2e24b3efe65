package org.healthjournal.pipeline.notifier.staff;

/** What a staff member can be told about; each can be turned off per member ({@code pipeline.notifier.staff.off}). */
public enum StaffNotificationKind {
    /** To the writer: a reviewer (or the automated checks) asked for changes, with the comments and findings. */
    CHANGES_REQUESTED,
    /** To the writer: the article was approved, with the reviewers' sign-off lines. */
    ARTICLE_APPROVED,
    /** To the writer: the approved article waits for its publication time. */
    ARTICLE_SCHEDULED,
    /** To the writer: the article was rejected, with the reason. */
    ARTICLE_REJECTED,
    /** To the writer: the article is live, with its URL. */
    ARTICLE_PUBLISHED,
    /** To the writer: a newer version of the article is live, with its URL and change note. */
    ARTICLE_UPDATED,
    /** To the writer: the article was retracted, with the reason. */
    ARTICLE_RETRACTED,
    /** To every medical reviewer: a review task waited past its due time. */
    REVIEW_OVERDUE,
    /** To every medical reviewer: a published article's periodic re-review is open. */
    PERIODIC_REVIEW_OPENED
}
