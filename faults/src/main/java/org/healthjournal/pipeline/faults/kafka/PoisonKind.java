package org.healthjournal.pipeline.faults.kafka;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.UUID;

/**
 * The kinds of record a consumer must dead-letter at once instead of retrying: each can never
 * succeed, however often it is read.
 */
public enum PoisonKind {
    /** Not JSON at all. */
    MALFORMED_JSON,
    /** JSON of a type nobody knows, without the event envelope (so it cannot be skipped as a newer event). */
    UNKNOWN_TYPE_WITHOUT_ENVELOPE,
    /** The topic's own event type, but against its schema: articleVersion 0 and its own fields missing. */
    SCHEMA_INVALID,
    /** The topic's own event type in a schema version no consumer knows. */
    UNKNOWN_SCHEMA_VERSION;

    private static final ObjectMapper JSON = new ObjectMapper();

    /** The record value for a topic whose events are of {@code eventType}; {@code key} is the poison's record key. */
    public byte[] value(String eventType, String key) {
        return switch (this) {
            case MALFORMED_JSON -> ("{\"eventType\": \"" + eventType + "\", oops not json " + key)
                    .getBytes(StandardCharsets.UTF_8);
            case UNKNOWN_TYPE_WITHOUT_ENVELOPE -> json(JSON.createObjectNode()
                    .put("eventType", "FaultProbe").put("probe", key));
            case SCHEMA_INVALID -> json(envelope(eventType, key).put("schemaVersion", 1).put("articleVersion", 0));
            case UNKNOWN_SCHEMA_VERSION -> json(envelope(eventType, key).put("schemaVersion", 99));
        };
    }

    private static ObjectNode envelope(String eventType, String key) {
        return JSON.createObjectNode()
                .put("eventId", UUID.randomUUID().toString())
                .put("eventType", eventType)
                .put("articleId", key)
                .put("articleVersion", 1)
                .put("occurredAt", Instant.now().toString())
                .put("correlationId", key);
    }

    private static byte[] json(ObjectNode node) {
        try {
            return JSON.writeValueAsBytes(node);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
