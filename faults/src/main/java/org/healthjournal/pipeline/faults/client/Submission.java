package org.healthjournal.pipeline.faults.client;

/**
 * How one draft fared. {@code answered202}: ingest said 202 (the only answer that counts as a
 * promise). {@code articleId} is also set when no answer came but the writer found the draft in
 * its list afterwards (a request that was accepted while its answer was lost); null when the draft
 * was never accepted.
 */
public record Submission(String title, String writer, String articleId, boolean answered202, int attempts,
                         String lastProblem) {

    public boolean accepted() {
        return articleId != null;
    }
}
