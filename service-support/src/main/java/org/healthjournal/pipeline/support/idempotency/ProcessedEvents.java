package org.healthjournal.pipeline.support.idempotency;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;

/**
 * Remembers which events a consumer has handled, in the same database transaction as the
 * handling itself, so a redelivered event is dropped and a half-done one is redone.
 *
 * <p>Each service's schema has the table:
 * {@code processed_event(consumer varchar(100), event_id varchar(36), processed_at timestamp,
 * primary key (consumer, event_id))}.
 */
public class ProcessedEvents {

    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;

    public ProcessedEvents(JdbcClient jdbc, TransactionTemplate transactions) {
        this.jdbc = jdbc;
        this.transactions = transactions;
    }

    /**
     * Runs {@code work} in a transaction unless {@code consumer} already processed {@code eventId}.
     *
     * @return true if the work ran, false if the event was a duplicate
     */
    public boolean once(String consumer, UUID eventId, Runnable work) {
        Boolean ran = transactions.execute(status -> {
            if (alreadyProcessed(consumer, eventId)) {
                return false;
            }
            try {
                jdbc.sql("insert into processed_event (consumer, event_id, processed_at) values (?, ?, ?)")
                        .params(consumer, eventId.toString(), Timestamp.from(Instant.now()))
                        .update();
            } catch (DuplicateKeyException concurrentDuplicate) {
                return false;
            }
            work.run();
            return true;
        });
        return Boolean.TRUE.equals(ran);
    }

    public boolean alreadyProcessed(String consumer, UUID eventId) {
        return jdbc.sql("select count(*) from processed_event where consumer = ? and event_id = ?")
                .params(consumer, eventId.toString())
                .query(Integer.class)
                .single() > 0;
    }
}
