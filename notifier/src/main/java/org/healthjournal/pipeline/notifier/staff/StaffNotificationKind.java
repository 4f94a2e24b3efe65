package org.healthjournal.pipeline.notifier.staff;

/** What a staff member can be told about; each can be turned off per member ({@code pipeline.notifier.staff.off}). */
public enum StaffNotificationKind {
    /** To the writer: a reviewer asked for changes, with the reviewer's comments. */
    CHANGES_REQUESTED,
    /** To the writer: the article was approved. */
    ARTICLE_APPROVED,
    /** To the writer: the article was rejected, with the reason. */
    ARTICLE_REJECTED,
    /** To the writer: the article is live, with its URL. */
    ARTICLE_PUBLISHED
}
