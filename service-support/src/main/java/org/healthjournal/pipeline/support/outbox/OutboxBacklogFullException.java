package org.healthjournal.pipeline.support.outbox;

/**
 * Too many events are waiting for Kafka: the service stops taking new work (503 with
 * {@code Retry-After}) rather than pile up an unbounded backlog while the broker is away.
 */
public class OutboxBacklogFullException extends RuntimeException {

    private final long backlog;

    public OutboxBacklogFullException(long backlog, long limit) {
        super(backlog + " events are waiting for the event bus (limit " + limit + ")");
        this.backlog = backlog;
    }

    public long backlog() {
        return backlog;
    }
}
