package org.healthjournal.pipeline.ops.deadletters;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.record.TimestampType;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class DeadLetterTest {

    @Test
    void readsOriginReasonAndEventFromTheHeaders() {
        DeadLetter deadLetter = DeadLetter.of(record(Map.of(
                "dlq_original_topic", "editorial.reviews",
                "dlq_original_partition", "2",
                "dlq_original_offset", "41",
                "dlq_consumer", "publisher",
                "dlq_error", "MalformedEventException: not JSON",
                "dlq_failed_at", "2025-03-01T10:15:30.250Z",
                "ce_type", "ArticleApproved")));

        assertThat(deadLetter.id()).isEqualTo(new DeadLetterId(1, 17));
        assertThat(deadLetter.originalTopic()).isEqualTo("editorial.reviews");
        assertThat(deadLetter.originalPartition()).isEqualTo(2);
        assertThat(deadLetter.originalOffset()).isEqualTo(41L);
        assertThat(deadLetter.consumer()).isEqualTo("publisher");
        assertThat(deadLetter.error()).isEqualTo("MalformedEventException: not JSON");
        assertThat(deadLetter.articleId()).isEqualTo("article-1");
        assertThat(deadLetter.eventType()).isEqualTo("ArticleApproved");
        assertThat(deadLetter.failedAt()).isEqualTo(Instant.parse("2025-03-01T10:15:30.250Z"));
        assertThat(deadLetter.value()).asString(StandardCharsets.UTF_8).isEqualTo("{\"not\":\"an event\"}");
        assertThat(deadLetter.headers()).hasSize(7);
    }

    @Test
    void anOlderDeadLetterHasNoOriginalPlaceAndTakesTheRecordTime() {
        DeadLetter deadLetter = DeadLetter.of(record(Map.of(
                "dlq_original_topic", "editorial.published",
                "dlq_consumer", "notifier",
                "dlq_error", "boom")));

        assertThat(deadLetter.originalPartition()).isNull();
        assertThat(deadLetter.originalOffset()).isNull();
        assertThat(deadLetter.eventType()).isNull();
        assertThat(deadLetter.failedAt()).isEqualTo(Instant.ofEpochMilli(RECORD_TIME));
    }

    @Test
    void unreadableHeadersCountAsMissingInsteadOfHidingTheDeadLetter() {
        DeadLetter deadLetter = DeadLetter.of(record(Map.of(
                "dlq_original_partition", "two",
                "dlq_original_offset", "",
                "dlq_failed_at", "yesterday")));

        assertThat(deadLetter.originalPartition()).isNull();
        assertThat(deadLetter.originalOffset()).isNull();
        assertThat(deadLetter.failedAt()).isEqualTo(Instant.ofEpochMilli(RECORD_TIME));
    }

    private static final long RECORD_TIME = Instant.parse("2025-03-01T10:15:31Z").toEpochMilli();

    private static ConsumerRecord<byte[], byte[]> record(Map<String, String> headers) {
        RecordHeaders recordHeaders = new RecordHeaders();
        headers.forEach((name, value) -> recordHeaders.add(new RecordHeader(name, value.getBytes(StandardCharsets.UTF_8))));
        return new ConsumerRecord<>("editorial.deadletter", 1, 17, RECORD_TIME, TimestampType.CREATE_TIME,
                -1, -1, "article-1".getBytes(StandardCharsets.UTF_8),
                "{\"not\":\"an event\"}".getBytes(StandardCharsets.UTF_8), recordHeaders, Optional.empty());
    }
}
