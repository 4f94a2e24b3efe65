package org.healthjournal.pipeline.events;

/**
 * Kafka record headers set on every event, following the CloudEvents Kafka binding
 * (binary mode attributes), so tools can route or inspect without parsing the JSON value.
 */
public final class EventHeaders {

    public static final String ID = "ce_id";
    public static final String TYPE = "ce_type";
    public static final String SOURCE = "ce_source";
    public static final String SPEC_VERSION = "ce_specversion";
    public static final String TIME = "ce_time";
    public static final String SUBJECT = "ce_subject";
    public static final String CONTENT_TYPE = "content-type";

    /** On dead-lettered records: why and where from. */
    public static final String DLQ_ERROR = "dlq_error";
    public static final String DLQ_ORIGINAL_TOPIC = "dlq_original_topic";
    public static final String DLQ_CONSUMER = "dlq_consumer";
    public static final String DLQ_ORIGINAL_PARTITION = "dlq_original_partition";
    public static final String DLQ_ORIGINAL_OFFSET = "dlq_original_offset";
    /** ISO-8601 instant at which the consumer gave up. */
    public static final String DLQ_FAILED_AT = "dlq_failed_at";
    /** On a replayed record: the dead letter it came from, {@code <partition>:<offset>}. */
    public static final String DLQ_REPLAYED_FROM = "dlq_replayed_from";

    private EventHeaders() {
    }
}
