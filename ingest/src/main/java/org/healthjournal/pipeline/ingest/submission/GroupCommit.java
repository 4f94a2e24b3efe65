package org.healthjournal.pipeline.ingest.submission;

import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Semaphore;
import java.util.function.Function;

/**
 * Writes the items of concurrent callers in shared database transactions ("group commit"), so that
 * many writers submitting at once cost one commit (one WAL flush, a few round trips) instead of one
 * each. Each item is still all-or-nothing with whatever its work writes (a draft and its outbox
 * event commit together), and each caller returns only once its own item is committed.
 *
 * <p>No thread of its own: a caller queues its item and waits for one of {@code writers} write slots;
 * whoever gets one takes everything queued meanwhile (oldest first, at most {@code maxBatch}) into one
 * transaction, while callers whose items were taken wait for that transaction. Several writers keep
 * several transactions in flight, so a slow round trip to the database does not stall every caller.
 * When a shared transaction fails, its items are written again one per transaction, so one bad item
 * (a reused Idempotency-Key, say) fails only its own caller, with its own exception.
 *
 * @param <T> what a caller hands in
 * @param <R> what the caller gets back once the item is committed
 */
final class GroupCommit<T, R> {

    private final TransactionTemplate transactions;
    private final int maxBatch;
    private final Function<List<T>, List<R>> work;
    private final Queue<Pending<T, R>> queue = new ConcurrentLinkedQueue<>();
    private final Semaphore writers;

    /**
     * @param writers  how many transactions may be in flight at once (each holds a connection)
     * @param maxBatch at most this many items share one transaction
     * @param work     runs inside the shared transaction: writes the items and returns one result per
     *                 item, in their order
     */
    GroupCommit(TransactionTemplate transactions, int writers, int maxBatch, Function<List<T>, List<R>> work) {
        if (writers < 1 || maxBatch < 1) {
            throw new IllegalArgumentException("writers and maxBatch must be at least 1, not " + writers + " and "
                    + maxBatch);
        }
        this.transactions = transactions;
        this.writers = new Semaphore(writers);
        this.maxBatch = maxBatch;
        this.work = work;
    }

    /**
     * Writes {@code item} in a transaction, shared with the items of callers that arrived meanwhile.
     *
     * @return the item's result, once its transaction committed
     * @throws RuntimeException what writing this item alone threw (the transaction rolled back)
     */
    R write(T item) {
        if (TransactionSynchronizationManager.isActualTransactionActive()) {
            // the caller's own transaction: its item joins that one alone, never other callers' items
            return inTransaction(List.of(item)).get(0);
        }
        Pending<T, R> mine = new Pending<>(item);
        queue.add(mine);
        while (!mine.taken) {
            writers.acquireUninterruptibly();
            try {
                if (!mine.taken) {
                    writeBatch(nextBatch());
                }
            } finally {
                writers.release();
            }
        }
        return mine.result();
    }

    /** How many items wait for a transaction (not yet taken by a writer). */
    int waiting() {
        return queue.size();
    }

    private List<Pending<T, R>> nextBatch() {
        List<Pending<T, R>> batch = new ArrayList<>();
        Pending<T, R> next;
        while (batch.size() < maxBatch && (next = queue.poll()) != null) {
            next.taken = true;
            batch.add(next);
        }
        return batch;
    }

    /** Completes every item of the batch, one way or the other, before it returns. */
    private void writeBatch(List<Pending<T, R>> batch) {
        if (batch.isEmpty()) {
            return;
        }
        try {
            List<R> results = inTransaction(batch.stream().map(Pending::item).toList());
            for (int i = 0; i < batch.size(); i++) {
                batch.get(i).succeed(results.get(i));
            }
        } catch (RuntimeException | Error shared) {
            if (batch.size() == 1) {
                batch.get(0).fail(shared);
                return;
            }
            // find the one that spoiled it: each item alone, so only its own caller sees the failure
            for (Pending<T, R> pending : batch) {
                try {
                    pending.succeed(inTransaction(List.of(pending.item())).get(0));
                } catch (RuntimeException | Error alone) {
                    pending.fail(alone);
                }
            }
        }
    }

    private List<R> inTransaction(List<T> items) {
        List<R> results = transactions.execute(status -> work.apply(items));
        if (results == null || results.size() != items.size()) {
            throw new IllegalStateException("the work returned " + (results == null ? "nothing" : results.size()
                    + " results") + " for " + items.size() + " items");
        }
        return results;
    }

    /** One caller's item: taken by exactly one writer, which completes it; its caller waits for that. */
    private static final class Pending<T, R> {
        private final T item;
        private final CompletableFuture<R> outcome = new CompletableFuture<>();
        private volatile boolean taken;

        Pending(T item) {
            this.item = item;
        }

        T item() {
            return item;
        }

        void succeed(R value) {
            outcome.complete(value);
        }

        void fail(Throwable cause) {
            outcome.completeExceptionally(cause);
        }

        /** Waits for the writer that took the item; rethrows its failure as it was thrown. */
        R result() {
            boolean interrupted = false;
            try {
                while (true) {
                    try {
                        return outcome.get();
                    } catch (InterruptedException e) {
                        // the item is being written: its caller must learn how that ended
                        interrupted = true;
                    } catch (ExecutionException e) {
                        if (e.getCause() instanceof RuntimeException runtime) {
                            throw runtime;
                        }
                        if (e.getCause() instanceof Error error) {
                            throw error;
                        }
                        throw new IllegalStateException(e.getCause());
                    }
                }
            } finally {
                if (interrupted) {
                    Thread.currentThread().interrupt();
                }
            }
        }
    }
}
