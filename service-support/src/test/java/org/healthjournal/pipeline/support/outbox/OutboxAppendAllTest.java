package org.healthjournal.pipeline.support.outbox;

import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.healthjournal.pipeline.events.ArticleEvent;
import org.healthjournal.pipeline.events.ArticleRejected;
import org.healthjournal.pipeline.events.EventCodec;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Many events of one transaction written at once: the same rows, in the same order, as one by one. */
class OutboxAppendAllTest {

    private JdbcClient jdbc;
    private TransactionTemplate transactions;
    private Outbox outbox;

    @BeforeEach
    void setUp() {
        JdbcDataSource database = new JdbcDataSource();
        database.setURL("jdbc:h2:mem:" + UUID.randomUUID() + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1");
        Flyway.configure().dataSource(database).locations("classpath:db/outbox").load().migrate();
        jdbc = JdbcClient.create(database);
        transactions = new TransactionTemplate(new DataSourceTransactionManager(database));
        outbox = new Outbox(jdbc, Clock.systemUTC());
    }

    @Test
    void queuesEveryEventInTheOrderGivenWithItsTopicKeyTypeAndPayload() {
        List<ArticleEvent> events = IntStream.rangeClosed(1, 5).mapToObj(i -> event("article-" + i)).toList();

        transactions.executeWithoutResult(tx -> outbox.appendAll("editorial.test", events));

        List<OutboxRecord> queued = new OutboxStore(jdbc).unsent(100);
        assertThat(queued).extracting(OutboxRecord::eventId)
                .containsExactlyElementsOf(events.stream().map(event -> event.eventId().toString()).toList());
        assertThat(queued).extracting(OutboxRecord::key)
                .containsExactly("article-1", "article-2", "article-3", "article-4", "article-5");
        assertThat(queued).allSatisfy(row -> {
            assertThat(row.topic()).isEqualTo("editorial.test");
            assertThat(row.eventType()).isEqualTo(ArticleRejected.TYPE);
        });
        ArticleEvent first = events.get(0);
        assertThat(queued.get(0).payload()).isEqualTo(new String(EventCodec.toJson(first), StandardCharsets.UTF_8));
        assertThat(queued.get(0).occurredAt()).isEqualTo(first.occurredAt());
    }

    @Test
    void writesTheSameRowsAsAppendingOneByOne() {
        List<ArticleEvent> events = List.of(event("a"), event("b"));
        transactions.executeWithoutResult(tx -> events.forEach(event -> outbox.append("t", event)));
        List<String> oneByOne = rowsWithoutIdsAndTimes();
        jdbc.sql("delete from outbox_event").update();

        transactions.executeWithoutResult(tx -> outbox.appendAll("t", events));

        assertThat(rowsWithoutIdsAndTimes()).isEqualTo(oneByOne);
    }

    @Test
    void moreEventsThanOneStatementTakesAreAllQueuedInOrder() {
        List<ArticleEvent> events = IntStream.range(0, OutboxStore.MAX_ROWS_PER_INSERT + 3)
                .mapToObj(i -> event("article-" + i)).toList();

        transactions.executeWithoutResult(tx -> outbox.appendAll("t", events));

        assertThat(new OutboxStore(jdbc).unsent(10_000)).extracting(OutboxRecord::key)
                .containsExactlyElementsOf(events.stream().map(ArticleEvent::articleId).toList());
    }

    @Test
    void queuesNothingWhenTheTransactionRollsBack() {
        assertThatThrownBy(() -> transactions.executeWithoutResult(tx -> {
            outbox.appendAll("t", List.of(event("a"), event("b")));
            throw new IllegalStateException("the work failed after its events were written");
        })).isInstanceOf(IllegalStateException.class);

        assertThat(jdbc.sql("select count(*) from outbox_event").query(Integer.class).single()).isZero();
    }

    @Test
    void refusesEventsWrittenOutsideATransaction() {
        assertThatThrownBy(() -> outbox.appendAll("t", List.of(event("a"))))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("transaction");
    }

    @Test
    void noEventsWriteNothing() {
        transactions.executeWithoutResult(tx -> outbox.appendAll("t", List.of()));

        assertThat(jdbc.sql("select count(*) from outbox_event").query(Integer.class).single()).isZero();
    }

    private List<String> rowsWithoutIdsAndTimes() {
        return jdbc.sql("select event_id, topic, record_key, event_type, occurred_at, payload, sent_at, attempts,"
                        + " last_error from outbox_event order by id")
                .query((rs, n) -> String.join("|", rs.getString(1), rs.getString(2), rs.getString(3),
                        rs.getString(4), rs.getString(5), rs.getString(6), String.valueOf(rs.getString(7)),
                        rs.getString(8), String.valueOf(rs.getString(9))))
                .list();
    }

    private static ArticleEvent event(String articleId) {
        return new ArticleRejected(UUID.randomUUID(), null, 0, articleId, 1, Instant.now().truncatedTo(ChronoUnit.MILLIS),
                "corr-" + articleId, "alice", "drbob", "Out of scope.");
    }
}
