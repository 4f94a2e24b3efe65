package org.healthjournal.pipeline.review.process;

/** What a medical reviewer decided; the process's {@code decision} gateway branches on the name. */
public enum ReviewDecision {
    APPROVE,
    REQUEST_CHANGES,
    REJECT;

    /** A writer told to revise, or told no, must be told why. */
    public boolean requiresComments() {
        return this != APPROVE;
    }
}
