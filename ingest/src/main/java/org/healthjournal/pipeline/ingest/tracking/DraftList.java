package org.healthjournal.pipeline.ingest.tracking;

import java.util.List;

/** Drafts, newest first; an object rather than a bare array so paging can be added without breaking clients. */
public record DraftList(List<DraftSummary> items) {
}
