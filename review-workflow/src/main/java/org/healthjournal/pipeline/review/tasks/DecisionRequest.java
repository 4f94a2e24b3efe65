package org.healthjournal.pipeline.review.tasks;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.healthjournal.pipeline.review.process.ReviewDecision;

/** A reviewer's decision on a review task. */
public record DecisionRequest(
        @NotNull(message = "is required: APPROVE, REQUEST_CHANGES or REJECT") ReviewDecision decision,
        @Size(max = 20000, message = "must be at most 20000 characters") String comments) {

    /** Blank comments say nothing; they count as none. */
    public String commentsOrNull() {
        return comments == null || comments.isBlank() ? null : comments.strip();
    }
}
