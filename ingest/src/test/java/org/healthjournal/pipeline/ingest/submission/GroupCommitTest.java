package org.healthjournal.pipeline.ingest.submission;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.AbstractPlatformTransactionManager;
import org.springframework.transaction.support.DefaultTransactionStatus;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class GroupCommitTest {

    private final CountingTransactions transactions = new CountingTransactions();
    private final ExecutorService callers = Executors.newCachedThreadPool();

    @AfterEach
    void stopCallers() {
        callers.shutdownNow();
    }

    @Test
    void callersArrivingWhileATransactionRunsShareTheNextOne() throws Exception {
        CountDownLatch firstStarted = new CountDownLatch(1);
        CountDownLatch othersQueued = new CountDownLatch(1);
        List<List<Integer>> batches = Collections.synchronizedList(new ArrayList<>());
        GroupCommit<Integer, Integer> commits = groupCommit(64, items -> {
            batches.add(items);
            if (batches.size() == 1) {
                firstStarted.countDown();
                await(othersQueued);
            }
            return items.stream().map(item -> item * 10).toList();
        });

        Future<Integer> first = callers.submit(() -> commits.write(0));
        assertThat(firstStarted.await(10, TimeUnit.SECONDS)).isTrue();
        List<Future<Integer>> others = new ArrayList<>();
        for (int i = 1; i <= 9; i++) {
            int item = i;
            others.add(callers.submit(() -> commits.write(item)));
        }
        waitUntilQueued(commits, 9);
        othersQueued.countDown();

        assertThat(first.get(10, TimeUnit.SECONDS)).isZero();
        for (int i = 0; i < others.size(); i++) {
            assertThat(others.get(i).get(10, TimeUnit.SECONDS)).isEqualTo((i + 1) * 10);
        }
        assertThat(batches).hasSize(2);
        assertThat(batches.get(1)).containsExactlyInAnyOrder(1, 2, 3, 4, 5, 6, 7, 8, 9);
        assertThat(transactions.commits).hasValue(2);
    }

    @Test
    void aTransactionTakesNoMoreThanTheMaximumBatch() throws Exception {
        CountDownLatch firstStarted = new CountDownLatch(1);
        CountDownLatch othersQueued = new CountDownLatch(1);
        List<Integer> sizes = Collections.synchronizedList(new ArrayList<>());
        GroupCommit<Integer, Integer> commits = groupCommit(3, items -> {
            sizes.add(items.size());
            if (sizes.size() == 1) {
                firstStarted.countDown();
                await(othersQueued);
            }
            return items;
        });

        Future<Integer> first = callers.submit(() -> commits.write(0));
        assertThat(firstStarted.await(10, TimeUnit.SECONDS)).isTrue();
        List<Future<Integer>> others = new ArrayList<>();
        for (int i = 1; i <= 7; i++) {
            int item = i;
            others.add(callers.submit(() -> commits.write(item)));
        }
        waitUntilQueued(commits, 7);
        othersQueued.countDown();

        first.get(10, TimeUnit.SECONDS);
        for (Future<Integer> other : others) {
            other.get(10, TimeUnit.SECONDS);
        }
        assertThat(sizes).allMatch(size -> size <= 3);
        assertThat(sizes.stream().mapToInt(Integer::intValue).sum()).isEqualTo(8);
    }

    @Test
    void severalWritersKeepTransactionsInFlightSideBySide() throws Exception {
        CountDownLatch bothRunning = new CountDownLatch(2);
        GroupCommit<Integer, Integer> commits = groupCommit(2, 1, items -> {
            bothRunning.countDown();
            // neither transaction may finish before the other one started
            await(bothRunning);
            return items;
        });

        Future<Integer> first = callers.submit(() -> commits.write(1));
        Future<Integer> second = callers.submit(() -> commits.write(2));

        assertThat(first.get(10, TimeUnit.SECONDS)).isEqualTo(1);
        assertThat(second.get(10, TimeUnit.SECONDS)).isEqualTo(2);
        assertThat(transactions.commits).hasValue(2);
    }

    @Test
    void anItemThatFailsItsSharedTransactionFailsOnlyItsOwnCaller() throws Exception {
        CountDownLatch firstStarted = new CountDownLatch(1);
        CountDownLatch othersQueued = new CountDownLatch(1);
        AtomicInteger calls = new AtomicInteger();
        GroupCommit<Integer, Integer> commits = groupCommit(64, items -> {
            if (calls.incrementAndGet() == 1) {
                firstStarted.countDown();
                await(othersQueued);
            }
            if (items.contains(13)) {
                throw new IllegalArgumentException("unlucky " + items);
            }
            return items;
        });

        Future<Integer> first = callers.submit(() -> commits.write(0));
        assertThat(firstStarted.await(10, TimeUnit.SECONDS)).isTrue();
        Future<Integer> before = callers.submit(() -> commits.write(12));
        waitUntilQueued(commits, 1);
        Future<Integer> unlucky = callers.submit(() -> commits.write(13));
        waitUntilQueued(commits, 2);
        Future<Integer> after = callers.submit(() -> commits.write(14));
        waitUntilQueued(commits, 3);
        othersQueued.countDown();

        assertThat(first.get(10, TimeUnit.SECONDS)).isZero();
        assertThat(before.get(10, TimeUnit.SECONDS)).isEqualTo(12);
        assertThat(after.get(10, TimeUnit.SECONDS)).isEqualTo(14);
        assertThatThrownBy(() -> unlucky.get(10, TimeUnit.SECONDS))
                .hasCauseInstanceOf(IllegalArgumentException.class)
                .cause().hasMessage("unlucky [13]");
        // the shared transaction and the unlucky one alone rolled back; the first, 12 and 14 committed
        assertThat(transactions.rollbacks).hasValue(2);
        assertThat(transactions.commits).hasValue(3);
    }

    @Test
    void aLoneCallerGetsItsOwnFailureAsItWasThrown() {
        IllegalStateException broken = new IllegalStateException("the database is away");
        GroupCommit<Integer, Integer> commits = groupCommit(64, items -> {
            throw broken;
        });

        assertThatThrownBy(() -> commits.write(1)).isSameAs(broken);
        assertThat(transactions.rollbacks).hasValue(1);
    }

    @Test
    void aCallerInItsOwnTransactionWritesItsItemThereAlone() {
        List<List<Integer>> batches = new ArrayList<>();
        GroupCommit<Integer, Integer> commits = groupCommit(64, items -> {
            batches.add(items);
            return items;
        });

        Integer written = new TransactionTemplate(transactions).execute(status -> commits.write(7));

        assertThat(written).isEqualTo(7);
        assertThat(batches).containsExactly(List.of(7));
        // joined the caller's transaction: one commit, the caller's
        assertThat(transactions.commits).hasValue(1);
    }

    @Test
    void manyConcurrentCallersEachGetTheirOwnResult() throws Exception {
        GroupCommit<Integer, String> commits = groupCommit(4, 16, items -> items.stream().map(i -> "#" + i).toList());
        List<Future<String>> results = new ArrayList<>();
        for (int i = 0; i < 500; i++) {
            int item = i;
            results.add(callers.submit(() -> commits.write(item)));
        }
        for (int i = 0; i < results.size(); i++) {
            assertThat(results.get(i).get(10, TimeUnit.SECONDS)).isEqualTo("#" + i);
        }
        assertThat(transactions.commits.get()).isBetween(500 / 16, 500);
    }

    private <T, R> GroupCommit<T, R> groupCommit(int maxBatch, Function<List<T>, List<R>> work) {
        return groupCommit(1, maxBatch, work);
    }

    private <T, R> GroupCommit<T, R> groupCommit(int writers, int maxBatch, Function<List<T>, List<R>> work) {
        return new GroupCommit<>(new TransactionTemplate(transactions), writers, maxBatch, work);
    }

    /** The queue is private: wait until the given number of callers are blocked behind the writer. */
    private static void waitUntilQueued(GroupCommit<?, ?> commits, int waiting) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (commits.waiting() < waiting) {
            assertThat(System.nanoTime()).as("callers queued in time").isLessThan(deadline);
            Thread.sleep(5);
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            assertThat(latch.await(10, TimeUnit.SECONDS)).isTrue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A transaction manager with nothing behind it but counters. */
    private static final class CountingTransactions extends AbstractPlatformTransactionManager {
        final AtomicInteger commits = new AtomicInteger();
        final AtomicInteger rollbacks = new AtomicInteger();

        @Override
        protected Object doGetTransaction() {
            return new Object();
        }

        @Override
        protected boolean isExistingTransaction(Object transaction) {
            return TransactionSynchronizationManager.isActualTransactionActive();
        }

        @Override
        protected void doBegin(Object transaction, TransactionDefinition definition) {
        }

        @Override
        protected void doCommit(DefaultTransactionStatus status) {
            commits.incrementAndGet();
        }

        @Override
        protected void doRollback(DefaultTransactionStatus status) {
            rollbacks.incrementAndGet();
        }
    }
}
