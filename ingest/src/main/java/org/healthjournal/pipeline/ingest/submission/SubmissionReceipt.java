package org.healthjournal.pipeline.ingest.submission;

import org.healthjournal.pipeline.ingest.drafts.DraftStatus;

/** What the writer gets back once the draft is stored and its event acknowledged by Kafka. */
public record SubmissionReceipt(String articleId, int version, DraftStatus status) {
}
