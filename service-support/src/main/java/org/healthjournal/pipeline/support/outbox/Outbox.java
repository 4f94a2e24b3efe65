package org.healthjournal.pipeline.support.outbox;

import org.healthjournal.pipeline.events.ArticleEvent;
import org.healthjournal.pipeline.events.EventCodec;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * Where a service puts the events its work causes: a row in its own database, written in the
 * same transaction as the work, so the work and its events commit (or roll back) together.
 * {@link OutboxRelay} sends committed rows to Kafka afterwards; nothing here talks to Kafka, so a
 * slow or absent broker never holds a database transaction open.
 */
public class Outbox {

    private final OutboxStore store;
    private final OutboxRelay relay;
    private final long backlogLimit;
    private final Clock clock;

    Outbox(OutboxStore store, OutboxRelay relay, long backlogLimit, Clock clock) {
        this.store = store;
        this.relay = relay;
        this.backlogLimit = backlogLimit;
        this.clock = clock;
    }

    /**
     * An outbox with no relay in this process (another process sends its rows, or nothing does,
     * as in a unit test that reads the table): it never refuses work.
     */
    public Outbox(JdbcClient jdbc, Clock clock) {
        this(new OutboxStore(jdbc), null, Long.MAX_VALUE, clock);
    }

    /**
     * Adds {@code event} to the outbox, keyed by its article id. Must run inside the transaction
     * of the work that caused it; the relay is woken once that transaction commits.
     */
    public void append(String topic, ArticleEvent event) {
        appendAll(topic, List.of(event));
    }

    /**
     * Adds {@code events} to the outbox in their order, as {@link #append} would one by one, but with
     * one statement for all of them and one wake-up of the relay: for work that causes many events in
     * one transaction (ingest's group commit of concurrent submissions).
     */
    public void appendAll(String topic, List<? extends ArticleEvent> events) {
        if (events.isEmpty()) {
            return;
        }
        requireTransactionOf(events.get(0));
        Instant now = clock.instant();
        store.insertAll(events.stream()
                .map(event -> new OutboxStore.NewEvent(event.eventId().toString(), topic, event.articleId(),
                        event.eventType(), event.occurredAt(),
                        new String(EventCodec.toJson(event), StandardCharsets.UTF_8)))
                .toList(), now);
        wakeRelayAfterCommit();
    }

    private static void requireTransactionOf(ArticleEvent event) {
        if (!TransactionSynchronizationManager.isActualTransactionActive()) {
            throw new IllegalStateException("an outbox event must be written in the transaction of the work that"
                    + " caused it (" + event.eventType() + " for article " + event.articleId() + ")");
        }
    }

    private void wakeRelayAfterCommit() {
        if (relay != null) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    relay.wakeUp();
                }
            });
        }
    }

    /**
     * Refuses new work while more than the configured number of events wait for Kafka, so an
     * outage is bounded: callers answer 503 with {@code Retry-After} instead.
     */
    public void ensureAcceptingWork() {
        long backlog = backlog();
        if (backlog >= backlogLimit) {
            throw new OutboxBacklogFullException(backlog, backlogLimit);
        }
    }

    /** Events committed but not yet acknowledged by Kafka, as last counted by the relay. */
    public long backlog() {
        return relay == null ? 0 : relay.backlog();
    }
}
