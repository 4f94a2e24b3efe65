package org.healthjournal.pipeline.publisher.export;

/**
 * What the static export still has to write.
 *
 * @param enabled      whether an export directory is configured
 * @param pendingPages article pages published but not yet written
 * @param pendingLists lists (index, category, tag, author) waiting for their next rewrite
 * @param caughtUp     nothing waiting and nothing being written: the export matches the store
 */
public record ExportStatus(boolean enabled, int pendingPages, int pendingLists, boolean caughtUp) {
}
