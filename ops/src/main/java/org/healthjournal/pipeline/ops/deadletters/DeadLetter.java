package org.healthjournal.pipeline.ops.deadletters;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;
import org.healthjournal.pipeline.events.EventHeaders;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;

/**
 * One record on the dead-letter topic: what an operator needs to judge it, and the original key,
 * value and headers, untouched, to replay it.
 *
 * <p>Dead letters are by nature records that went wrong, and older ones lack the newer headers,
 * so anything missing or unreadable is {@code null} here rather than an error: one odd record
 * must not hide the others from the operator. The byte arrays make {@code equals} identity-based
 * for those fields; compare by {@link #id()}.
 *
 * @param originalTopic     {@code dlq_original_topic}, null if absent
 * @param originalPartition {@code dlq_original_partition}, null on older dead letters
 * @param originalOffset    {@code dlq_original_offset}, null on older dead letters
 * @param consumer          {@code dlq_consumer}: the consumer (group) that gave up
 * @param error             {@code dlq_error}: exception class and message
 * @param articleId         the record key
 * @param eventType         {@code ce_type}, null if absent (e.g. a value that was never an event)
 * @param failedAt          {@code dlq_failed_at}, or the dead-letter record's timestamp on older ones
 */
public record DeadLetter(
        DeadLetterId id,
        String originalTopic,
        Integer originalPartition,
        Long originalOffset,
        String consumer,
        String error,
        String articleId,
        String eventType,
        Instant failedAt,
        byte[] key,
        byte[] value,
        List<Header> headers) {

    public DeadLetter {
        headers = List.copyOf(headers);
    }

    public static DeadLetter of(ConsumerRecord<byte[], byte[]> record) {
        Headers headers = record.headers();
        return new DeadLetter(
                new DeadLetterId(record.partition(), record.offset()),
                text(headers, DeadLetterHeaders.ORIGINAL_TOPIC),
                wholeNumber(headers, DeadLetterHeaders.ORIGINAL_PARTITION, Integer::valueOf),
                wholeNumber(headers, DeadLetterHeaders.ORIGINAL_OFFSET, Long::valueOf),
                text(headers, DeadLetterHeaders.CONSUMER),
                text(headers, DeadLetterHeaders.ERROR),
                record.key() == null ? null : new String(record.key(), StandardCharsets.UTF_8),
                text(headers, EventHeaders.TYPE),
                failedAt(headers, record.timestamp()),
                record.key(),
                record.value(),
                Arrays.asList(headers.toArray()));
    }

    private static String text(Headers headers, String name) {
        Header header = headers.lastHeader(name);
        return header == null || header.value() == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    private static <T> T wholeNumber(Headers headers, String name, Function<String, T> parse) {
        String text = text(headers, name);
        try {
            return text == null ? null : parse.apply(text.trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static Instant failedAt(Headers headers, long recordTimestamp) {
        String text = text(headers, DeadLetterHeaders.FAILED_AT);
        if (text != null) {
            try {
                return Instant.parse(text.trim());
            } catch (DateTimeParseException e) {
                // fall through to the time Kafka took the dead letter, close enough to the failure
            }
        }
        return Instant.ofEpochMilli(recordTimestamp);
    }
}
