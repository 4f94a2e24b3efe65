package org.healthjournal.pipeline.events;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import java.io.IOException;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * Reads and writes events as JSON, the one wire format of every topic.
 *
 * <p>Readers are tolerant: unknown fields are ignored and an event of an unknown {@code eventType}
 * (with the metadata every event carries) reads as empty, so a producer can add fields or event
 * types before every consumer knows them.
 * Malformed JSON, or a known type missing a required field, raises {@link MalformedEventException}.
 */
public final class EventCodec {

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .disable(DeserializationFeature.FAIL_ON_INVALID_SUBTYPE)
            .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
            .build();

    private EventCodec() {
    }

    public static byte[] toJson(ArticleEvent event) {
        try {
            return MAPPER.writeValueAsBytes(event);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise " + event.eventType(), e);
        }
    }

    public static Optional<ArticleEvent> fromJson(byte[] json) {
        ArticleEvent event;
        try {
            event = MAPPER.readValue(json, ArticleEvent.class);
        } catch (IOException | RuntimeException e) {
            throw new MalformedEventException("not a valid article event: " + e.getMessage(), e);
        }
        if (event == null) {
            requireEnvelope(json);
        }
        return Optional.ofNullable(event);
    }

    /**
     * An event type this reader does not know is skipped only when the record is still an event:
     * it carries the metadata every event carries. Anything else is a poison record.
     */
    private static void requireEnvelope(byte[] json) {
        String problem;
        try {
            JsonNode tree = MAPPER.readTree(json);
            problem = envelopeProblem(tree);
        } catch (IOException | RuntimeException e) {
            problem = e.getMessage();
        }
        if (problem != null) {
            throw new MalformedEventException("not a valid article event of an unknown type: " + problem, null);
        }
    }

    private static String envelopeProblem(JsonNode tree) {
        if (!tree.path("eventType").isTextual() || tree.path("eventType").asText().isBlank()) {
            return "eventType is missing";
        }
        if (!tree.path("articleId").isTextual() || tree.path("articleId").asText().isBlank()) {
            return "articleId is missing";
        }
        if (!tree.path("articleVersion").canConvertToInt() || tree.path("articleVersion").asInt() < 1) {
            return "articleVersion must be 1 or more";
        }
        try {
            UUID.fromString(tree.path("eventId").asText());
            Instant.parse(tree.path("occurredAt").asText());
        } catch (RuntimeException e) {
            return "eventId must be a UUID and occurredAt an instant";
        }
        return null;
    }

    /** The mapper the contract is written with, for tests and tools that need the JSON tree. */
    public static ObjectMapper mapper() {
        return MAPPER.copy();
    }
}
