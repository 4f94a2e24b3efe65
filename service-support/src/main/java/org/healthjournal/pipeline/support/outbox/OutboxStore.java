package org.healthjournal.pipeline.support.outbox;

import org.springframework.jdbc.core.simple.JdbcClient;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.List;

/**
 * The {@code outbox_event} and {@code outbox_lease} tables (each service's Flyway migration
 * creates them). Plain portable SQL: the same statements run on PostgreSQL and H2.
 */
class OutboxStore {

    static final String RELAY_LEASE = "relay";

    private final JdbcClient jdbc;

    OutboxStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** One event as {@link #insertAll} writes it. */
    record NewEvent(String eventId, String topic, String key, String eventType, Instant occurredAt, String payload) {
    }

    /** Most rows in one insert: seven parameters each, well below PostgreSQL's 65,535 per statement. */
    static final int MAX_ROWS_PER_INSERT = 1_000;

    /** The events in their order (ids ascending), with as few statements as the row limit allows. */
    void insertAll(List<NewEvent> events, Instant now) {
        for (int from = 0; from < events.size(); from += MAX_ROWS_PER_INSERT) {
            List<NewEvent> chunk = events.subList(from, Math.min(events.size(), from + MAX_ROWS_PER_INSERT));
            List<Object> params = new ArrayList<>(chunk.size() * 7);
            for (NewEvent event : chunk) {
                params.addAll(Arrays.asList(event.eventId(), event.topic(), event.key(), event.eventType(),
                        time(event.occurredAt()), event.payload(), time(now)));
            }
            jdbc.sql("insert into outbox_event (event_id, topic, record_key, event_type, occurred_at, payload,"
                            + " created_at) values " + String.join(", ", Collections.nCopies(chunk.size(),
                            "(?, ?, ?, ?, ?, ?, ?)")))
                    .params(params)
                    .update();
        }
    }

    /**
     * Takes or renews the relay lease: one relay per service sends at a time, so events leave in
     * the order they were written even with several instances running. A crashed holder's lease
     * simply runs out.
     */
    boolean holdLease(String owner, Instant now, Instant until) {
        return jdbc.sql("update outbox_lease set owner = ?, lease_until = ? where name = ?"
                        + " and (owner = ? or lease_until is null or lease_until < ?)")
                .params(owner, time(until), RELAY_LEASE, owner, time(now))
                .update() == 1;
    }

    void releaseLease(String owner) {
        jdbc.sql("update outbox_lease set owner = null, lease_until = null where name = ? and owner = ?")
                .params(RELAY_LEASE, owner)
                .update();
    }

    List<OutboxRecord> unsent(int limit) {
        return jdbc.sql("select id, event_id, topic, record_key, event_type, occurred_at, payload from outbox_event"
                        + " where sent_at is null order by id limit ?")
                .param(limit)
                .query((row, n) -> new OutboxRecord(row.getLong("id"), row.getString("event_id"),
                        row.getString("topic"), row.getString("record_key"), row.getString("event_type"),
                        row.getTimestamp("occurred_at").toInstant(), row.getString("payload")))
                .list();
    }

    void markSent(Collection<Long> ids, Instant now) {
        if (!ids.isEmpty()) {
            jdbc.sql("update outbox_event set sent_at = :now where id in (:ids)")
                    .param("now", time(now))
                    .param("ids", ids)
                    .update();
        }
    }

    void recordFailure(Collection<Long> ids, String error) {
        if (!ids.isEmpty()) {
            jdbc.sql("update outbox_event set attempts = attempts + 1, last_error = :error where id in (:ids)")
                    .param("error", error.length() > 1000 ? error.substring(0, 1000) : error)
                    .param("ids", ids)
                    .update();
        }
    }

    long countUnsent() {
        return jdbc.sql("select count(*) from outbox_event where sent_at is null").query(Long.class).single();
    }

    int purgeSentBefore(Instant cutoff) {
        return jdbc.sql("delete from outbox_event where sent_at is not null and sent_at < ?")
                .param(time(cutoff))
                .update();
    }

    private static OffsetDateTime time(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
