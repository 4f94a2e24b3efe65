package org.healthjournal.pipeline.ingest.tracking;

import org.healthjournal.pipeline.events.ArticleApproved;
import org.healthjournal.pipeline.events.ArticleEvent;
import org.healthjournal.pipeline.events.ArticlePublished;
import org.healthjournal.pipeline.events.ArticleRejected;
import org.healthjournal.pipeline.events.ArticleRetracted;
import org.healthjournal.pipeline.events.ArticleReviewConfirmed;
import org.healthjournal.pipeline.events.ArticleScheduled;
import org.healthjournal.pipeline.events.ArticleUpdated;
import org.healthjournal.pipeline.events.ArticleWithdrawn;
import org.healthjournal.pipeline.events.ChangesRequested;
import org.healthjournal.pipeline.events.PeriodicReviewOpened;
import org.healthjournal.pipeline.events.ReviewClaimed;
import org.healthjournal.pipeline.events.ReviewOverdue;
import org.healthjournal.pipeline.events.ReviewerSignOff;
import org.healthjournal.pipeline.ingest.drafts.DraftStatus;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * What an event from review or publishing tells the writer about their draft: a new status, or
 * (when {@code status} is null) a line in the history that leaves the status as it is.
 *
 * @param review whether it carries the reviewer's word (who reviewed, and their comments)
 */
record StatusUpdate(DraftStatus status, String by, String comments, String publishedUrl, boolean review) {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm 'UTC'")
            .withZone(ZoneOffset.UTC);

    static Optional<StatusUpdate> of(ArticleEvent event) {
        StatusUpdate update = null;
        if (event instanceof ReviewClaimed claimed) {
            update = new StatusUpdate(DraftStatus.IN_REVIEW, claimed.reviewer(), null, null, false);
        } else if (event instanceof ChangesRequested changes) {
            update = new StatusUpdate(DraftStatus.CHANGES_REQUESTED, changes.reviewer(), changes.comments(), null, true);
        } else if (event instanceof ArticleRejected rejected) {
            update = new StatusUpdate(DraftStatus.REJECTED, rejected.reviewer(), rejected.comments(), null, true);
        } else if (event instanceof ArticleApproved approved) {
            update = new StatusUpdate(DraftStatus.APPROVED, approved.reviewer(), approved.comments(), null, true);
        } else if (event instanceof ArticleScheduled scheduled) {
            update = new StatusUpdate(DraftStatus.SCHEDULED, null,
                    "Scheduled to go live on " + when(scheduled.publishAt()) + ".", null, false);
        } else if (event instanceof ArticlePublished published) {
            update = new StatusUpdate(DraftStatus.PUBLISHED, null, null, published.url(), false);
        } else if (event instanceof ArticleUpdated updated) {
            update = new StatusUpdate(DraftStatus.PUBLISHED, null,
                    updated.changeNote() == null || updated.changeNote().isBlank() ? "Published page updated."
                            : "Published page updated: " + updated.changeNote(), updated.url(), false);
        } else if (event instanceof ArticleWithdrawn withdrawn) {
            update = new StatusUpdate(DraftStatus.WITHDRAWN, null, withdrawn.reason(), null, false);
        } else if (event instanceof ArticleRetracted retracted) {
            update = new StatusUpdate(DraftStatus.RETRACTED, retracted.reviewer(), retracted.reason(), null, false);
        } else if (event instanceof ArticleReviewConfirmed confirmed) {
            update = new StatusUpdate(null, reviewers(confirmed),
                    "Periodic review confirmed the article; next review due " + when(confirmed.nextReviewDue()) + "."
                            + (confirmed.comments() == null || confirmed.comments().isBlank() ? ""
                            : " " + confirmed.comments()), null, false);
        } else if (event instanceof ReviewOverdue overdue) {
            update = new StatusUpdate(null, null, "Review overdue: it was due " + when(overdue.dueAt()) + ".", null, false);
        } else if (event instanceof PeriodicReviewOpened opened) {
            update = new StatusUpdate(null, null, "Periodic review opened"
                    + (opened.reviewDue() == null ? "." : ", due " + when(opened.reviewDue()) + "."), null, false);
        }
        return Optional.ofNullable(update);
    }

    /** Only a line in the history; the status stays. */
    boolean isNote() {
        return status == null;
    }

    private static String reviewers(ArticleReviewConfirmed confirmed) {
        String names = confirmed.reviewers().stream().map(ReviewerSignOff::username).collect(Collectors.joining(", "));
        return names.isEmpty() ? null : names;
    }

    private static String when(Instant at) {
        return WHEN.format(at);
    }
}
