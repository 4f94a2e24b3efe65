package org.healthjournal.pipeline.support.outbox;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.flywaydb.core.Flyway;
import org.healthjournal.pipeline.events.ArticleEvent;
import org.healthjournal.pipeline.events.ArticleRejected;
import org.healthjournal.pipeline.events.EventCodec;
import org.healthjournal.pipeline.events.EventHeaders;
import org.healthjournal.pipeline.support.PipelineProperties;
import org.healthjournal.pipeline.support.SupportIntegrationTest;
import org.healthjournal.pipeline.testkit.MovableClock;
import org.healthjournal.pipeline.testkit.TestKafka;
import org.healthjournal.pipeline.testkit.TestTopics;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.transaction.support.TransactionTemplate;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/** The outbox and its relay against a real database and a real broker. */
class OutboxRelayIT extends SupportIntegrationTest {

    @Autowired
    Outbox outbox;

    @Autowired
    OutboxRelay relay;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    PipelineProperties pipeline;

    @Test
    void sendsCommittedEventsWithTheirHeadersAndEachArticlesEventsInCommitOrder() {
        List<String> articles = List.of(newArticleId(), newArticleId(), newArticleId());
        for (int version = 1; version <= 10; version++) {
            for (String articleId : articles) {
                ArticleEvent event = event(articleId, version);
                transactions.executeWithoutResult(tx -> outbox.append(TEST_TOPIC_OUT, event));
            }
        }

        for (String articleId : articles) {
            List<ConsumerRecord<String, byte[]>> records = TestTopics.recordsWithKey(TEST_TOPIC_OUT, articleId, 10);
            assertThat(records).extracting(record -> EventCodec.fromJson(record.value()).orElseThrow().articleVersion())
                    .containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9, 10);
            ConsumerRecord<String, byte[]> first = records.get(0);
            assertThat(header(first, EventHeaders.ID))
                    .isEqualTo(EventCodec.fromJson(first.value()).orElseThrow().eventId().toString());
            assertThat(header(first, EventHeaders.TYPE)).isEqualTo("ArticleRejected");
            assertThat(header(first, EventHeaders.SOURCE)).isEqualTo("/editorial-pipeline/support-test");
            assertThat(header(first, EventHeaders.SUBJECT)).isEqualTo(articleId);
        }
        await().until(() -> unsent(jdbc) == 0);
    }

    @Test
    void workThatRollsBackSendsNothing() {
        String articleId = newArticleId();

        assertThatThrownBy(() -> transactions.executeWithoutResult(tx -> {
            outbox.append(TEST_TOPIC_OUT, event(articleId, 1));
            throw new IllegalStateException("the work failed after its event was written");
        })).isInstanceOf(IllegalStateException.class);

        assertThat(jdbc.sql("select count(*) from outbox_event where record_key = ?").param(articleId)
                .query(Integer.class).single()).isZero();
        transactions.executeWithoutResult(tx -> outbox.append(TEST_TOPIC_OUT, event(articleId, 2)));
        assertThat(TestTopics.recordsWithKey(TEST_TOPIC_OUT, articleId, 1))
                .extracting(record -> EventCodec.fromJson(record.value()).orElseThrow().articleVersion())
                .containsExactly(2);
    }

    @Test
    void refusesAnEventWrittenOutsideATransaction() {
        assertThatThrownBy(() -> outbox.append(TEST_TOPIC_OUT, event(newArticleId(), 1)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("transaction");
    }

    @Test
    void twoRelaysOnOneDatabaseNeverSendARowTwice() {
        OutboxRelay second = new OutboxRelay(new OutboxStore(jdbc), () -> new KafkaProducer<>(
                OutboxConfiguration.producerSettings(TestKafka.bootstrapServers(), "second")),
                pipeline.getOutbox(), "/editorial-pipeline/second", Clock.systemUTC());
        second.start();
        try {
            String articleId = newArticleId();
            for (int version = 1; version <= 200; version++) {
                int v = version;
                transactions.executeWithoutResult(tx -> outbox.append(TEST_TOPIC_OUT, event(articleId, v)));
                if (version % 50 == 0) {
                    second.wakeUp();
                }
            }
            await().until(() -> unsent(jdbc) == 0);

            List<Integer> versions = TestTopics.recordsWithKey(TEST_TOPIC_OUT, articleId, 200).stream()
                    .map(record -> EventCodec.fromJson(record.value()).orElseThrow().articleVersion())
                    .toList();
            assertThat(versions).hasSize(200).doesNotHaveDuplicates().isSorted();
        } finally {
            second.stop();
        }
    }

    @Test
    void anIdleRelayIsWokenByTheCommitAndSendsLongBeforeItsNextPoll() throws Exception {
        OwnDatabase own = OwnDatabase.create("outbox-wake");
        JdbcClient ownJdbc = own.jdbc();
        TransactionTemplate ownTransactions = own.transactions();
        PipelineProperties.Outbox settings = new PipelineProperties.Outbox();
        settings.setPollInterval(Duration.ofSeconds(30));
        OutboxRelay idle = new OutboxRelay(new OutboxStore(ownJdbc), () -> new KafkaProducer<>(
                OutboxConfiguration.producerSettings(TestKafka.bootstrapServers(), "wake-test")),
                settings, "/editorial-pipeline/wake-test", Clock.systemUTC());
        Outbox ownOutbox = new Outbox(new OutboxStore(ownJdbc), idle, 100, Clock.systemUTC());
        idle.start();
        try {
            // the first round finds nothing and waits for its 30 s poll
            Thread.sleep(1_000);
            String articleId = newArticleId();
            ownTransactions.executeWithoutResult(tx -> ownOutbox.append(TEST_TOPIC_OUT, event(articleId, 1)));

            await().atMost(Duration.ofSeconds(5)).until(() -> unsent(ownJdbc) == 0);
            assertThat(TestTopics.recordsWithKey(TEST_TOPIC_OUT, articleId, 1)).hasSize(1);
        } finally {
            idle.stop();
        }
    }

    @Test
    void takesWorkWhileTheBrokerIsAwayRefusesItPastTheBacklogLimitAndSendsEverythingInOrderWhenItReturns()
            throws Exception {
        OwnDatabase own = OwnDatabase.create("outbox-away");
        JdbcClient ownJdbc = own.jdbc();
        TransactionTemplate ownTransactions = own.transactions();
        PipelineProperties.Outbox settings = new PipelineProperties.Outbox();
        settings.setRetryMaxDelay(Duration.ofMillis(500));
        try (BrokerDoor door = new BrokerDoor(BrokerDoor.freePort(), TestKafka.bootstrapServers())) {
            Map<String, Object> producer = OutboxConfiguration.producerSettings(door.address(), "away-test");
            producer.put("max.block.ms", 1000);
            OutboxRelay relay = new OutboxRelay(new OutboxStore(ownJdbc), () -> new KafkaProducer<>(producer),
                    settings, "/editorial-pipeline/away-test", Clock.systemUTC());
            Outbox ownOutbox = new Outbox(new OutboxStore(ownJdbc), relay, 5, Clock.systemUTC());
            relay.start();
            try {
                String articleId = newArticleId();
                for (int version = 1; version <= 6; version++) {
                    int v = version;
                    ownOutbox.ensureAcceptingWork();
                    ownTransactions.executeWithoutResult(tx -> ownOutbox.append(TEST_TOPIC_OUT, event(articleId, v)));
                }
                await().atMost(Duration.ofSeconds(30)).until(() -> ownOutbox.backlog() >= 6);
                assertThatThrownBy(ownOutbox::ensureAcceptingWork).isInstanceOf(OutboxBacklogFullException.class);
                assertThat(TestTopics.readAll(TEST_TOPIC_OUT)).noneMatch(record -> articleId.equals(record.key()));

                door.open();

                await().atMost(Duration.ofSeconds(60)).until(() -> unsent(ownJdbc) == 0);
                await().until(() -> ownOutbox.backlog() == 0);
                ownOutbox.ensureAcceptingWork();
                assertThat(TestTopics.recordsWithKey(TEST_TOPIC_OUT, articleId, 6))
                        .extracting(record -> EventCodec.fromJson(record.value()).orElseThrow().articleVersion())
                        .containsExactly(1, 2, 3, 4, 5, 6);
            } finally {
                relay.stop();
            }
        }
    }

    @Test
    void aBusyRelayWritesItsLeaseOncePerThirdOfTheLeaseNotInEveryRound() {
        OwnDatabase own = OwnDatabase.create("outbox-lease");
        JdbcClient ownJdbc = own.jdbc();
        TransactionTemplate ownTransactions = own.transactions();
        PipelineProperties.Outbox settings = new PipelineProperties.Outbox();
        settings.setLeaseDuration(Duration.ofSeconds(30));
        Instant start = Instant.parse("2026-12-05T08:00:00Z");
        MovableClock clock = new MovableClock(start);
        OutboxRelay busy = new OutboxRelay(new OutboxStore(ownJdbc), () -> new KafkaProducer<>(
                OutboxConfiguration.producerSettings(TestKafka.bootstrapServers(), "lease-test")),
                settings, "/editorial-pipeline/lease-test", clock);
        Outbox ownOutbox = new Outbox(new OutboxStore(ownJdbc), busy, 100, clock);
        busy.start();
        try {
            await().until(() -> leaseUntil(ownJdbc) != null);
            String articleId = newArticleId();
            for (int version = 1; version <= 5; version++) {
                int v = version;
                clock.set(start.plus(Duration.ofSeconds(version)));
                ownTransactions.executeWithoutResult(tx -> ownOutbox.append(TEST_TOPIC_OUT, event(articleId, v)));
                await().until(() -> unsent(ownJdbc) == 0);
            }
            // five rounds, a second apart, within the first third of the lease: written once, when taken
            assertThat(leaseUntil(ownJdbc)).isEqualTo(start.plus(Duration.ofSeconds(30)));

            clock.set(start.plus(Duration.ofSeconds(11)));
            ownTransactions.executeWithoutResult(tx -> ownOutbox.append(TEST_TOPIC_OUT, event(articleId, 6)));
            await().until(() -> unsent(ownJdbc) == 0);

            assertThat(leaseUntil(ownJdbc)).isEqualTo(start.plus(Duration.ofSeconds(41)));
            assertThat(TestTopics.recordsWithKey(TEST_TOPIC_OUT, articleId, 6))
                    .extracting(record -> EventCodec.fromJson(record.value()).orElseThrow().articleVersion())
                    .containsExactly(1, 2, 3, 4, 5, 6);
        } finally {
            busy.stop();
        }
    }

    private static Instant leaseUntil(JdbcClient jdbc) {
        return jdbc.sql("select lease_until from outbox_lease where name = ?").param(OutboxStore.RELAY_LEASE)
                .query((row, n) -> Optional.ofNullable(row.getObject("lease_until", OffsetDateTime.class)))
                .single()
                .map(OffsetDateTime::toInstant)
                .orElse(null);
    }

    /** An H2 database of the test's own with just the outbox tables, for a relay of its own. */
    private record OwnDatabase(JdbcClient jdbc, TransactionTemplate transactions) {
        static OwnDatabase create(String name) {
            DriverManagerDataSource database = new DriverManagerDataSource(
                    "jdbc:h2:mem:" + name + "-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", "sa", "");
            Flyway.configure().dataSource(database).locations("classpath:db/outbox").load().migrate();
            return new OwnDatabase(JdbcClient.create(database),
                    new TransactionTemplate(new DataSourceTransactionManager(database)));
        }
    }

    private static long unsent(JdbcClient jdbc) {
        return jdbc.sql("select count(*) from outbox_event where sent_at is null").query(Long.class).single();
    }

    private static String header(ConsumerRecord<String, byte[]> record, String name) {
        return new String(record.headers().lastHeader(name).value(), StandardCharsets.UTF_8);
    }

    private static String newArticleId() {
        return "art-" + UUID.randomUUID();
    }

    private static ArticleEvent event(String articleId, int version) {
        return new ArticleRejected(UUID.randomUUID(), null, 0, articleId, version, Instant.now(), "corr-" + articleId,
                "alice", "drbob", "Out of scope.");
    }
}
