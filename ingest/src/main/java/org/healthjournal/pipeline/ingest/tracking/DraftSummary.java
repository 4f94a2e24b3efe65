package org.healthjournal.pipeline.ingest.tracking;

import org.healthjournal.pipeline.ingest.drafts.Draft;
import org.healthjournal.pipeline.ingest.drafts.DraftStatus;

import java.time.Instant;

/** One line of a writer's or editor's list of drafts. */
public record DraftSummary(
        String articleId,
        int version,
        DraftStatus status,
        String title,
        String author,
        Instant submittedAt,
        Instant updatedAt,
        String publishedUrl) {

    static DraftSummary of(Draft draft) {
        return new DraftSummary(draft.articleId(), draft.version(), draft.status(), draft.title(), draft.author(),
                draft.submittedAt(), draft.updatedAt(), draft.publishedUrl());
    }
}
