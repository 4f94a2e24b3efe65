package org.healthjournal.pipeline.events;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EventContractTest {

    private static final JsonSchemaFactory SCHEMAS = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);

    static List<ArticleEvent> events() {
        return SampleEvents.oneOfEach();
    }

    private static JsonSchema schemaFor(String eventType) throws Exception {
        try (InputStream in = EventCodec.class.getResourceAsStream("/schemas/" + eventType + ".schema.json")) {
            assertThat(in).as("schema for %s", eventType).isNotNull();
            return SCHEMAS.getSchema(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
    }

    @ParameterizedTest
    @MethodSource("events")
    void everyEventSerialisesToJsonValidAgainstItsSchema(ArticleEvent event) throws Exception {
        JsonNode json = EventCodec.mapper().readTree(EventCodec.toJson(event));

        Set<ValidationMessage> errors = schemaFor(event.eventType()).validate(json);

        assertThat(errors).isEmpty();
        assertThat(json.get("eventType").asText()).isEqualTo(event.getClass().getSimpleName());
        assertThat(json.get("schemaVersion").asInt()).isEqualTo(1);
    }

    @ParameterizedTest
    @MethodSource("events")
    void everyEventReadsBackEqual(ArticleEvent event) {
        assertThat(EventCodec.fromJson(EventCodec.toJson(event))).contains(event);
    }

    @ParameterizedTest
    @MethodSource("events")
    void readerIgnoresFieldsAddedByANewerProducer(ArticleEvent event) throws Exception {
        ObjectNode json = (ObjectNode) EventCodec.mapper().readTree(EventCodec.toJson(event));
        json.put("addedInVersion2", "something new");
        json.putObject("nested").put("x", 1);

        assertThat(EventCodec.fromJson(EventCodec.mapper().writeValueAsBytes(json))).contains(event);
    }

    @Test
    void schemaRejectsAnEventWithoutArticleId() throws Exception {
        ObjectNode json = (ObjectNode) EventCodec.mapper().readTree(EventCodec.toJson(events().get(0)));
        json.remove("articleId");

        assertThat(schemaFor(DraftSubmitted.TYPE).validate(json)).isNotEmpty();
    }

    @Test
    void readerSkipsAnEventTypeItDoesNotKnow() {
        byte[] json = ("{\"eventType\":\"ArticleTranslated\",\"eventId\":\"5f1c2c43-0c5e-4b8a-9a57-0d2f3f1b2c3d\","
                + "\"schemaVersion\":1,\"articleId\":\"art-1\",\"articleVersion\":2,"
                + "\"occurredAt\":\"2026-11-24T10:15:30Z\",\"reason\":\"A newer trial\"}").getBytes(StandardCharsets.UTF_8);

        assertThat(EventCodec.fromJson(json)).isEmpty();
    }

    @Test
    void aRecordOfAnUnknownTypeWithoutTheEventMetadataIsAPoisonEvent() {
        byte[] json = "{\"eventType\":\"Bogus\",\"hello\":1}".getBytes(StandardCharsets.UTF_8);

        assertThatThrownBy(() -> EventCodec.fromJson(json))
                .isInstanceOf(MalformedEventException.class)
                .hasMessageContaining("unknown type");
    }

    @Test
    void malformedJsonIsReportedAsAPoisonEvent() {
        assertThatThrownBy(() -> EventCodec.fromJson("{not json".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(MalformedEventException.class);
    }

    @Test
    void aKnownTypeMissingARequiredFieldIsAPoisonEvent() {
        byte[] json = "{\"eventType\":\"DraftSubmitted\",\"articleId\":\"a\"}".getBytes(StandardCharsets.UTF_8);

        assertThatThrownBy(() -> EventCodec.fromJson(json)).isInstanceOf(MalformedEventException.class);
    }

    @ParameterizedTest
    @MethodSource("events")
    void anEventOfASchemaVersionThisReaderDoesNotKnowIsAPoisonEvent(ArticleEvent event) {
        byte[] json = new String(EventCodec.toJson(event), StandardCharsets.UTF_8)
                .replace("\"schemaVersion\":1", "\"schemaVersion\":2").getBytes(StandardCharsets.UTF_8);

        assertThatThrownBy(() -> EventCodec.fromJson(json))
                .isInstanceOf(MalformedEventException.class)
                .hasMessageContaining("schemaVersion 2");
    }

    @Test
    void anEventAboutNoArticleVersionCannotBeBuilt() {
        assertThatThrownBy(() -> new ChangesRequested(java.util.UUID.randomUUID(), null, 0, "art-1", 0,
                SampleEvents.NOW, null, "alice", "drbob", "x"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("articleVersion");
    }

    @Test
    void derivedEventIdsAreStableForTheSameCause() {
        assertThat(EventIds.derived("ArticlePublished", "art-1", "2"))
                .isEqualTo(EventIds.derived("ArticlePublished", "art-1", "2"))
                .isNotEqualTo(EventIds.derived("ArticlePublished", "art-1", "3"));
    }
}
