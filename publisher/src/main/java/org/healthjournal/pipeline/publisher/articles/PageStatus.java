package org.healthjournal.pipeline.publisher.articles;

/** Where a stored page stands: live and listed, or retracted (same address, notice instead of body, unlisted). */
public enum PageStatus {
    PUBLISHED,
    RETRACTED
}
