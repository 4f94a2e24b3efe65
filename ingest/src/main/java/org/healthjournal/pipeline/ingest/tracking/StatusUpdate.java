package org.healthjournal.pipeline.ingest.tracking;

import org.healthjournal.pipeline.events.ArticleApproved;
import org.healthjournal.pipeline.events.ArticleEvent;
import org.healthjournal.pipeline.events.ArticlePublished;
import org.healthjournal.pipeline.events.ArticleRejected;
import org.healthjournal.pipeline.events.ChangesRequested;
import org.healthjournal.pipeline.ingest.drafts.DraftStatus;

import java.util.Optional;

/** What an event from review or publishing tells the writer about their draft. */
record StatusUpdate(DraftStatus status, String reviewer, String comments, String publishedUrl) {

    static Optional<StatusUpdate> of(ArticleEvent event) {
        if (event instanceof ChangesRequested changes) {
            return Optional.of(new StatusUpdate(DraftStatus.CHANGES_REQUESTED, changes.reviewer(), changes.comments(), null));
        }
        if (event instanceof ArticleRejected rejected) {
            return Optional.of(new StatusUpdate(DraftStatus.REJECTED, rejected.reviewer(), rejected.comments(), null));
        }
        if (event instanceof ArticleApproved approved) {
            return Optional.of(new StatusUpdate(DraftStatus.APPROVED, approved.reviewer(), approved.comments(), null));
        }
        if (event instanceof ArticlePublished published) {
            return Optional.of(new StatusUpdate(DraftStatus.PUBLISHED, null, null, published.url()));
        }
        return Optional.empty();
    }

    /** Reviews carry the reviewer's word; publishing says nothing new about the review. */
    boolean isReview() {
        return reviewer != null;
    }
}
