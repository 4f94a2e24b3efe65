package org.healthjournal.pipeline.ops.deadletters;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.healthjournal.pipeline.ops.deadletters.DeadLetterFixture.deadLetter;

class DeadLetterJsonTest {

    @Test
    void everyDeadLetterIsAnObjectWithItsPlaceOriginAndReason() throws Exception {
        JsonNode json = new ObjectMapper().readTree(DeadLetterJson.toJson(List.of(
                deadLetter("1:17", "publisher", "MalformedEventException: \"quoted\"\nnext line"))));

        assertThat(json.isArray()).isTrue();
        JsonNode first = json.get(0);
        assertThat(first.get("id").asText()).isEqualTo("1:17");
        assertThat(first.get("partition").asInt()).isEqualTo(1);
        assertThat(first.get("offset").asLong()).isEqualTo(17);
        assertThat(first.get("originalTopic").asText()).isEqualTo("editorial.reviews");
        assertThat(first.get("originalPartition").asInt()).isEqualTo(2);
        assertThat(first.get("originalOffset").asLong()).isEqualTo(41);
        assertThat(first.get("consumer").asText()).isEqualTo("publisher");
        assertThat(first.get("error").asText()).isEqualTo("MalformedEventException: \"quoted\"\nnext line");
        assertThat(first.get("articleId").asText()).isEqualTo("article-1:17");
        assertThat(first.get("eventType").asText()).isEqualTo("ArticleApproved");
        assertThat(first.get("time").asText()).isEqualTo("2025-03-01T10:15:30.250Z");
    }

    @Test
    void missingValuesAreNull() throws Exception {
        DeadLetter older = new DeadLetter(DeadLetterId.parse("0:3"), null, null, null, null, null, null, null,
                Instant.parse("2025-03-01T10:15:30Z"), null, null, List.of());

        JsonNode first = new ObjectMapper().readTree(DeadLetterJson.toJson(List.of(older))).get(0);

        for (String field : List.of("originalTopic", "originalPartition", "originalOffset", "consumer", "error",
                "articleId", "eventType")) {
            assertThat(first.get(field).isNull()).as(field).isTrue();
        }
    }

    @Test
    void noDeadLettersIsAnEmptyArray() {
        assertThat(DeadLetterJson.toJson(List.of())).isEqualTo("[ ]");
    }
}
