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

    private EventHeaders() {
    }
}
