package org.healthjournal.pipeline.ingest.drafts;

/** Where a draft stands in the editorial pipeline, as its writer sees it. */
public enum DraftStatus {
    SUBMITTED,
    CHANGES_REQUESTED,
    REJECTED,
    APPROVED,
    PUBLISHED;

    /**
     * The status after learning {@code incoming} about the same version. Reviews and publications
     * arrive on different topics, so "approved" can be read after "published"; a published
     * version never moves back.
     */
    public DraftStatus then(DraftStatus incoming) {
        return this == PUBLISHED ? PUBLISHED : incoming;
    }
}
