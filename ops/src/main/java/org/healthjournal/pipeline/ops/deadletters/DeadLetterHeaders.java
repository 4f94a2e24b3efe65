package org.healthjournal.pipeline.ops.deadletters;

import org.healthjournal.pipeline.events.EventHeaders;

/**
 * The headers a consumer adds when it dead-letters a record, and the one a replay adds.
 * All are the event contract's; the position and time headers are newer and absent on older
 * dead letters, so every reader of them must cope without.
 */
final class DeadLetterHeaders {

    /** Every header the dead-lettering added starts with this; replay strips them all. */
    static final String PREFIX = "dlq_";

    static final String ERROR = EventHeaders.DLQ_ERROR;
    static final String ORIGINAL_TOPIC = EventHeaders.DLQ_ORIGINAL_TOPIC;
    static final String CONSUMER = EventHeaders.DLQ_CONSUMER;
    static final String ORIGINAL_PARTITION = EventHeaders.DLQ_ORIGINAL_PARTITION;
    static final String ORIGINAL_OFFSET = EventHeaders.DLQ_ORIGINAL_OFFSET;
    static final String FAILED_AT = EventHeaders.DLQ_FAILED_AT;
    /** Set on a replayed record: the dead letter it came from, {@code PARTITION:OFFSET}. */
    static final String REPLAYED_FROM = EventHeaders.DLQ_REPLAYED_FROM;

    private DeadLetterHeaders() {
    }
}
