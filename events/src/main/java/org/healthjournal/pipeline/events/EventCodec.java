package org.healthjournal.pipeline.events;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import java.io.IOException;
import java.util.Optional;

/**
 * Reads and writes events as JSON, the one wire format of every topic.
 *
 * <p>Readers are tolerant: unknown fields are ignored and an unknown {@code eventType} reads as
 * empty, so a producer can add fields or event types before every consumer knows them.
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
        try {
            return Optional.ofNullable(MAPPER.readValue(json, ArticleEvent.class));
        } catch (IOException | RuntimeException e) {
            throw new MalformedEventException("not a valid article event: " + e.getMessage(), e);
        }
    }

    /** The mapper the contract is written with, for tests and tools that need the JSON tree. */
    public static ObjectMapper mapper() {
        return MAPPER.copy();
    }
}
