package org.healthjournal.pipeline.ingest.drafts;

import java.util.EnumSet;
import java.util.Set;

/** Where a draft stands in the editorial pipeline, as its writer sees it. */
public enum DraftStatus {
    SUBMITTED,
    IN_REVIEW,
    CHANGES_REQUESTED,
    APPROVED,
    SCHEDULED,
    PUBLISHED,
    REJECTED,
    WITHDRAWN,
    RETRACTED;

    /** Ends of the road for a version: nothing but a new version moves on from here. */
    private static final Set<DraftStatus> FINAL = EnumSet.of(REJECTED, WITHDRAWN, RETRACTED);
    /** The steps towards publication, which say nothing new once the version is live. */
    private static final Set<DraftStatus> BEFORE_PUBLICATION = EnumSet.of(SUBMITTED, IN_REVIEW, APPROVED, SCHEDULED);

    /**
     * The status after learning {@code incoming} about the same version, from an event newer than
     * the one that set this status. Reviews and publications arrive on different topics, so "approved"
     * can be read after "published": a published version never moves back to a step before
     * publication (a periodic re-review claimed by a reviewer leaves the page live), and a rejected,
     * withdrawn or retracted version stays so.
     */
    public DraftStatus then(DraftStatus incoming) {
        if (FINAL.contains(this)) {
            return this;
        }
        if (this == PUBLISHED && BEFORE_PUBLICATION.contains(incoming)) {
            return PUBLISHED;
        }
        return incoming;
    }

    /** Whether the writer may send a new version: only when the reviewer asked for changes. */
    public boolean takesRevision() {
        return this == CHANGES_REQUESTED;
    }
}
