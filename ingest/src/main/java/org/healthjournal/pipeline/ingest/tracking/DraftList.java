package org.healthjournal.pipeline.ingest.tracking;

import java.util.List;

/**
 * One page of drafts, newest first.
 *
 * @param page  counted from 0
 * @param size  the most items a page holds
 * @param total how many drafts there are on all pages
 */
public record DraftList(List<DraftSummary> items, int page, int size, long total) {
}
