package org.healthjournal.pipeline.ingest.drafts;

import java.time.Instant;

/** One row of a draft's history: which version reached which status, when, by whom, and why. */
public record StatusChange(int version, DraftStatus status, Instant at, String by, String comments) {
}
