package org.healthjournal.pipeline.ingest.tracking;

import org.healthjournal.pipeline.ingest.drafts.Draft;
import org.healthjournal.pipeline.ingest.drafts.DraftStatus;
import org.healthjournal.pipeline.ingest.drafts.StatusChange;

import java.time.Instant;
import java.util.List;

/** Where one draft stands and how it got there. */
public record DraftDetails(
        String articleId,
        int version,
        DraftStatus status,
        String title,
        String author,
        Instant submittedAt,
        Instant updatedAt,
        String reviewer,
        String reviewerComments,
        String publishedUrl,
        List<StatusChange> history) {

    static DraftDetails of(Draft draft, List<StatusChange> history) {
        return new DraftDetails(draft.articleId(), draft.version(), draft.status(), draft.title(), draft.author(),
                draft.submittedAt(), draft.updatedAt(), draft.reviewer(), draft.reviewerComments(),
                draft.publishedUrl(), history);
    }
}
