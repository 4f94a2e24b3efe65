package org.healthjournal.pipeline.support.kafka;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.healthjournal.pipeline.events.ArticleRejected;
import org.healthjournal.pipeline.events.EventCodec;
import org.healthjournal.pipeline.events.EventHeaders;
import org.healthjournal.pipeline.support.PipelineProperties;
import org.healthjournal.pipeline.support.SupportIntegrationTest;
import org.healthjournal.pipeline.testkit.TestKafka;
import org.healthjournal.pipeline.testkit.TestTopics;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.nio.charset.StandardCharsets;
import java.sql.SQLTransientConnectionException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The consumer base on a real broker: transient failures wait and retry with the consumer paused
 * (past {@code max.poll.interval.ms}, which the test sets to 2 s), only what can never succeed is
 * dead-lettered, and a dead letter that cannot be written is not lost.
 */
class EventConsumerRetryIT extends SupportIntegrationTest {

    @Autowired
    ScriptedConsumerRoute route;

    @Autowired
    PipelineProperties pipeline;

    @Autowired
    DeadLetterCount deadLetters;

    @Test
    void transientFailureIsRetriedWithGrowingPausesAndHandledOnceWithoutDeadLettering() {
        String articleId = newArticleId();
        route.script(articleId, (event, attempt) -> {
            if (attempt <= 3) {
                throw new SQLTransientConnectionException("database restarting");
            }
        });

        RecordMetadata sent = TestTopics.send(TEST_TOPIC, event(articleId));
        TestTopics.awaitHandled(TEST_CONSUMER, sent);

        assertThat(route.handled(articleId)).hasSize(1);
        List<Long> attempts = route.attemptTimes(articleId);
        assertThat(attempts).hasSize(4);
        // 200 ms, 400 ms, 800 ms between attempts (a little slack below for timer granularity)
        assertThat(gapMillis(attempts, 1)).isGreaterThanOrEqualTo(180);
        assertThat(gapMillis(attempts, 2)).isGreaterThanOrEqualTo(380);
        assertThat(gapMillis(attempts, 3)).isGreaterThanOrEqualTo(780);
        assertThat(deadLettersFor(articleId)).isEmpty();
    }

    @Test
    void failuresLastingLongerThanThePollIntervalNeitherEvictTheConsumerNorRepeatTheWork() {
        String articleId = newArticleId();
        Instant failUntil = Instant.now().plusMillis(3000);
        route.script(articleId, (event, attempt) -> {
            if (Instant.now().isBefore(failUntil)) {
                throw new IllegalStateException("SMTP server not answering");
            }
        });

        RecordMetadata sent = TestTopics.send(TEST_TOPIC, event(articleId));
        TestTopics.awaitHandled(TEST_CONSUMER, sent);

        assertThat(route.handled(articleId)).hasSize(1);
        assertThat(route.attemptTimes(articleId)).hasSizeGreaterThan(2);
        assertThat(deadLettersFor(articleId)).isEmpty();
    }

    @Test
    void recordThatKeepsFailingIsDeadLetteredOnceTheRetryDurationIsOver() {
        String articleId = newArticleId();
        route.script(articleId, (event, attempt) -> {
            throw new IllegalStateException("still down");
        });

        RecordMetadata sent = TestTopics.send(TEST_TOPIC, event(articleId));
        ConsumerRecord<String, byte[]> deadLetter = awaitDeadLetter(articleId);

        assertThat(header(deadLetter, EventHeaders.DLQ_ERROR)).contains("gave up after").contains("still down");
        assertThat(header(deadLetter, EventHeaders.DLQ_ORIGINAL_OFFSET)).isEqualTo(String.valueOf(sent.offset()));
        assertThat(route.handled(articleId)).isEmpty();
        long firstToLast = route.attemptTimes(articleId).get(route.attemptTimes(articleId).size() - 1)
                - route.attemptTimes(articleId).get(0);
        assertThat(Duration.ofNanos(firstToLast)).isGreaterThanOrEqualTo(Duration.ofMillis(3500));
        TestTopics.awaitHandled(TEST_CONSUMER, sent);
    }

    @Test
    void malformedRecordGoesToTheDeadLetterTopicAtOnceWithItsOrigin() {
        String key = newArticleId();
        long before = deadLetters.total();

        RecordMetadata sent = TestTopics.send(TEST_TOPIC, key, "{not json".getBytes(StandardCharsets.UTF_8));
        ConsumerRecord<String, byte[]> deadLetter = awaitDeadLetter(key);

        assertThat(new String(deadLetter.value(), StandardCharsets.UTF_8)).isEqualTo("{not json");
        assertThat(header(deadLetter, EventHeaders.DLQ_ERROR)).startsWith("MalformedEventException");
        assertThat(header(deadLetter, EventHeaders.DLQ_ORIGINAL_TOPIC)).isEqualTo(TEST_TOPIC);
        assertThat(header(deadLetter, EventHeaders.DLQ_ORIGINAL_PARTITION)).isEqualTo(String.valueOf(sent.partition()));
        assertThat(header(deadLetter, EventHeaders.DLQ_ORIGINAL_OFFSET)).isEqualTo(String.valueOf(sent.offset()));
        assertThat(header(deadLetter, EventHeaders.DLQ_CONSUMER)).isEqualTo(TEST_CONSUMER);
        assertThat(Instant.parse(header(deadLetter, EventHeaders.DLQ_FAILED_AT))).isBeforeOrEqualTo(Instant.now());
        assertThat(route.attemptTimes(key)).isEmpty();
        TestTopics.awaitHandled(TEST_CONSUMER, sent);
        assertThat(deadLetters.total()).isGreaterThan(before);
    }

    @Test
    void unknownSchemaVersionIsDeadLetteredWithoutReachingTheHandler() {
        String articleId = newArticleId();
        String json = new String(EventCodec.toJson(event(articleId)), StandardCharsets.UTF_8)
                .replace("\"schemaVersion\":1", "\"schemaVersion\":7");

        TestTopics.send(TEST_TOPIC, articleId, json.getBytes(StandardCharsets.UTF_8));

        assertThat(header(awaitDeadLetter(articleId), EventHeaders.DLQ_ERROR)).contains("schemaVersion 7");
        assertThat(route.attemptTimes(articleId)).isEmpty();
    }

    @Test
    void unprocessableEventIsDeadLetteredAfterOneAttempt() {
        String articleId = newArticleId();
        route.script(articleId, (event, attempt) -> {
            throw new UnprocessableEventException("approved article has no title");
        });

        TestTopics.send(TEST_TOPIC, event(articleId));

        assertThat(header(awaitDeadLetter(articleId), EventHeaders.DLQ_ERROR))
                .isEqualTo("UnprocessableEventException: approved article has no title");
        assertThat(route.attemptTimes(articleId)).hasSize(1);
    }

    @Test
    void recordWhoseDeadLetterCannotBeWrittenIsNotCommittedAndIsDeadLetteredOnceThatWorksAgain() throws Exception {
        String deadLetterTopic = pipeline.getTopics().getDeadLetter();
        String key = newArticleId();
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, TestKafka.bootstrapServers()))) {
            admin.deleteTopics(List.of(deadLetterTopic)).all().get();
            await().until(() -> !admin.listTopics().names().get().contains(deadLetterTopic));
            try {
                RecordMetadata sent = TestTopics.send(TEST_TOPIC, key, "not an event".getBytes(StandardCharsets.UTF_8));

                // the dead-letter send fails (no such topic, no auto-creation): the offset stays put
                await().during(Duration.ofSeconds(5)).atMost(Duration.ofSeconds(8))
                        .until(() -> committedOffset(sent) <= sent.offset());
            } finally {
                admin.createTopics(List.of(new NewTopic(deadLetterTopic, 3, (short) 1))).all().get();
            }
            assertThat(header(awaitDeadLetter(key), EventHeaders.DLQ_ERROR)).startsWith("MalformedEventException");
        }
    }

    private long committedOffset(RecordMetadata record) throws Exception {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, TestKafka.bootstrapServers()))) {
            var committed = admin.listConsumerGroupOffsets(TEST_CONSUMER).partitionsToOffsetAndMetadata().get()
                    .get(new org.apache.kafka.common.TopicPartition(record.topic(), record.partition()));
            return committed == null ? -1 : committed.offset();
        }
    }

    private ConsumerRecord<String, byte[]> awaitDeadLetter(String key) {
        return TestTopics.recordsWithKey(pipeline.getTopics().getDeadLetter(), key, 1).get(0);
    }

    private List<ConsumerRecord<String, byte[]>> deadLettersFor(String key) {
        return TestTopics.readAll(pipeline.getTopics().getDeadLetter()).stream()
                .filter(record -> key.equals(record.key()))
                .toList();
    }

    private static String header(ConsumerRecord<String, byte[]> record, String name) {
        var header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    private static long gapMillis(List<Long> times, int index) {
        return Duration.ofNanos(times.get(index) - times.get(index - 1)).toMillis();
    }

    private static String newArticleId() {
        return "art-" + UUID.randomUUID();
    }

    private static ArticleRejected event(String articleId) {
        return new ArticleRejected(UUID.randomUUID(), null, 0, articleId, 1, Instant.now(), "corr-" + articleId,
                "alice", "drbob", "Out of scope.");
    }
}
