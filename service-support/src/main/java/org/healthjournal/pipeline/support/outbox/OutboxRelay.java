package org.healthjournal.pipeline.support.outbox;

import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.healthjournal.pipeline.events.EventHeaders;
import org.healthjournal.pipeline.support.PipelineProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;

/**
 * Sends committed outbox rows to Kafka, oldest first, and marks them sent once Kafka acknowledged
 * them ({@code acks=all}, idempotent producer). It runs on its own thread, outside any database
 * transaction.
 *
 * <ul>
 *   <li>Order: one relay per service holds a lease in the database and sends in row order; with
 *       the record key being the article id, one article's events reach its partition in the order
 *       they were committed. A second instance waits for the lease.</li>
 *   <li>Kafka away: the batch is retried with exponential back-off until the broker answers; rows
 *       stay in the table meanwhile, so nothing is lost and callers only see a growing backlog.</li>
 *   <li>Crash after the send, before the mark: the row is sent again with the same event id, which
 *       consumers drop (they remember event ids).</li>
 * </ul>
 */
public class OutboxRelay implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(OutboxRelay.class);

    private final OutboxStore store;
    private final Supplier<Producer<String, byte[]>> producerFactory;
    private final PipelineProperties.Outbox settings;
    private final String source;
    private final Clock clock;
    private final String owner = "relay-" + ProcessHandle.current().pid() + "-" + UUID.randomUUID();
    private final Object signal = new Object();

    private volatile boolean running;
    private volatile long backlog;
    private volatile Instant lastSentAt;
    private volatile String lastError;
    private boolean wokenUp;
    private Thread thread;
    private Producer<String, byte[]> producer;
    private Instant nextPurge = Instant.EPOCH;
    /** When this relay last wrote its lease, while it holds it; null when it does not. */
    private Instant leaseWrittenAt;

    OutboxRelay(OutboxStore store, Supplier<Producer<String, byte[]>> producerFactory,
            PipelineProperties.Outbox settings, String source, Clock clock) {
        this.store = store;
        this.producerFactory = producerFactory;
        this.settings = settings;
        this.source = source;
        this.clock = clock;
    }

    @Override
    public synchronized void start() {
        if (running) {
            return;
        }
        running = true;
        thread = new Thread(this::run, "outbox-relay");
        thread.setDaemon(true);
        thread.start();
    }

    @Override
    public void stop() {
        Thread relayThread;
        synchronized (this) {
            running = false;
            relayThread = thread;
        }
        wakeUp();
        if (relayThread != null) {
            relayThread.interrupt();
            try {
                relayThread.join(TimeUnit.SECONDS.toMillis(15));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** Called after a transaction that wrote outbox rows commits, so events leave at once. */
    void wakeUp() {
        synchronized (signal) {
            wokenUp = true;
            signal.notifyAll();
        }
    }

    long backlog() {
        return backlog;
    }

    /** For health and metrics. */
    public OutboxStatus status() {
        return new OutboxStatus(backlog, lastSentAt, lastError);
    }

    private void run() {
        Duration backOff = settings.getRetryInitialDelay();
        try {
            while (running) {
                try {
                    if (relayOnce()) {
                        backOff = settings.getRetryInitialDelay();
                    } else {
                        pause(backOff);
                        backOff = min(backOff.multipliedBy(2), settings.getRetryMaxDelay());
                    }
                } catch (RuntimeException e) {
                    if (!running) {
                        break;
                    }
                    lastError = e.toString();
                    log.warn("outbox relay failed; retrying in {} ms: {}", backOff.toMillis(), e.toString());
                    pause(backOff);
                    backOff = min(backOff.multipliedBy(2), settings.getRetryMaxDelay());
                }
            }
        } finally {
            closeProducer();
            leaseWrittenAt = null;
            try {
                store.releaseLease(owner);
            } catch (RuntimeException e) {
                log.debug("could not release the outbox lease: {}", e.toString());
            }
        }
    }

    /**
     * One round: take the lease, send a batch, mark what Kafka acknowledged.
     *
     * @return false when a send failed and the relay should back off
     */
    private boolean relayOnce() {
        Instant now = clock.instant();
        if (!holdLease(now)) {
            backlog = store.countUnsent();
            waitForWork(settings.getLeaseDuration().dividedBy(3));
            return true;
        }
        purgeOldRows(now);
        List<OutboxRecord> batch = store.unsent(settings.getBatchSize());
        if (batch.isEmpty()) {
            backlog = 0;
            waitForWork(settings.getPollInterval());
            return true;
        }
        boolean allSent = send(batch);
        backlog = batch.size() < settings.getBatchSize() && allSent ? 0 : store.countUnsent();
        return allSent;
    }

    /**
     * Takes the lease, or renews it once a third of it has passed: a busy relay sends many rounds a
     * second, and writing the lease in each was one more commit, with its own WAL flush, per round
     * (while ingest took drafts in the benchmark, its database committed about 1,600 transactions
     * for 1,600 drafts, some 150 of them lease updates). Between renewals the lease still has two
     * thirds of its time to run, so no other relay can take it meanwhile.
     */
    private boolean holdLease(Instant now) {
        Duration lease = settings.getLeaseDuration();
        if (leaseWrittenAt != null && !now.isBefore(leaseWrittenAt)
                && now.isBefore(leaseWrittenAt.plus(lease.dividedBy(3)))) {
            return true;
        }
        leaseWrittenAt = null;
        if (store.holdLease(owner, now, now.plus(lease))) {
            leaseWrittenAt = now;
            return true;
        }
        return false;
    }

    private boolean send(List<OutboxRecord> batch) {
        Producer<String, byte[]> kafka = producer();
        Map<OutboxRecord, Future<RecordMetadata>> pending = new LinkedHashMap<>();
        List<Long> sent = new ArrayList<>();
        List<Long> failed = new ArrayList<>();
        String error = null;
        for (int i = 0; i < batch.size(); i++) {
            OutboxRecord row = batch.get(i);
            Optional<String> refused;
            try {
                Future<RecordMetadata> sending = kafka.send(toRecord(row));
                pending.put(row, sending);
                refused = failedAlready(sending);
            } catch (RuntimeException e) {
                refused = Optional.of(e.toString());
            }
            if (refused.isPresent()) {
                // typically no metadata within max.block.ms: the broker is away. Nothing after this
                // row may go out before it (an article's later event would overtake it), and each
                // further send would block as long again.
                error = refused.get();
                pending.remove(row);
                batch.subList(i, batch.size()).forEach(unsent -> failed.add(unsent.id()));
                break;
            }
        }
        long deadline = System.nanoTime() + settings.getSendTimeout().toNanos();
        for (Map.Entry<OutboxRecord, Future<RecordMetadata>> entry : pending.entrySet()) {
            try {
                entry.getValue().get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
                sent.add(entry.getKey().id());
            } catch (ExecutionException | TimeoutException e) {
                failed.add(entry.getKey().id());
                error = (e instanceof ExecutionException ? e.getCause() : e).toString();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                failed.add(entry.getKey().id());
                error = "interrupted";
            }
        }
        Instant now = clock.instant();
        store.markSent(sent, now);
        if (!sent.isEmpty()) {
            lastSentAt = now;
            log.debug("outbox relay sent {} events", sent.size());
        }
        if (!failed.isEmpty()) {
            store.recordFailure(failed, error);
            lastError = error;
            // a fresh producer next round: no state (epoch, buffered batches) carried over from the failure
            closeProducer();
            log.warn("Kafka did not acknowledge {} of {} outbox events; they stay queued: {}", failed.size(),
                    batch.size(), error);
            return false;
        }
        lastError = null;
        return true;
    }

    /** A send the producer refused on the spot (it returns a failed future rather than throwing). */
    private static Optional<String> failedAlready(Future<RecordMetadata> sending) {
        if (!sending.isDone()) {
            return Optional.empty();
        }
        try {
            sending.get();
            return Optional.empty();
        } catch (ExecutionException e) {
            return Optional.of(e.getCause().toString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.of("interrupted");
        }
    }

    private ProducerRecord<String, byte[]> toRecord(OutboxRecord row) {
        RecordHeaders headers = new RecordHeaders();
        headers.add(EventHeaders.ID, utf8(row.eventId()));
        headers.add(EventHeaders.TYPE, utf8(row.eventType()));
        headers.add(EventHeaders.SOURCE, utf8(source));
        headers.add(EventHeaders.SPEC_VERSION, utf8("1.0"));
        headers.add(EventHeaders.TIME, utf8(row.occurredAt().toString()));
        headers.add(EventHeaders.SUBJECT, utf8(row.key()));
        headers.add(EventHeaders.CONTENT_TYPE, utf8("application/json"));
        return new ProducerRecord<>(row.topic(), null, row.key(), utf8(row.payload()), headers);
    }

    private void purgeOldRows(Instant now) {
        if (now.isBefore(nextPurge)) {
            return;
        }
        nextPurge = now.plus(Duration.ofMinutes(1));
        int purged = store.purgeSentBefore(now.minus(settings.getRetention()));
        if (purged > 0) {
            log.debug("purged {} sent outbox events older than {}", purged, settings.getRetention());
        }
    }

    private Producer<String, byte[]> producer() {
        if (producer == null) {
            producer = producerFactory.get();
        }
        return producer;
    }

    private void closeProducer() {
        if (producer != null) {
            try {
                producer.close(Duration.ofSeconds(5));
            } catch (RuntimeException e) {
                log.debug("closing the outbox producer: {}", e.toString());
            }
            producer = null;
        }
    }

    private void waitForWork(Duration timeout) {
        synchronized (signal) {
            if (!wokenUp && running) {
                try {
                    signal.wait(Math.max(1, timeout.toMillis()));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    running = false;
                }
            }
            wokenUp = false;
        }
    }

    private void pause(Duration delay) {
        try {
            Thread.sleep(delay.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
        }
    }

    private static Duration min(Duration a, Duration b) {
        return a.compareTo(b) <= 0 ? a : b;
    }

    private static byte[] utf8(String value) {
        return value.getBytes(StandardCharsets.UTF_8);
    }

    /** What an operator wants to know about the outbox. */
    public record OutboxStatus(long backlog, Instant lastSentAt, String lastError) {
    }
}
