package org.healthjournal.pipeline.bench.load;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.function.IntFunction;

/**
 * Starts a number of worker threads that begin their work at the same moment and times them from
 * that moment until the last one finished: the clock of every concurrent load in the bench, so that
 * thread start-up is never part of a figure.
 */
public final class Together {

    private Together() {
    }

    /**
     * @param workers how many threads
     * @param name    the threads' name prefix (a thread dump then says what they are)
     * @param work    the work of worker {@code n}
     * @return nanoseconds from the common start until every worker returned (at least 1)
     */
    public static long run(int workers, String name, IntFunction<Runnable> work) {
        CountDownLatch go = new CountDownLatch(1);
        List<Thread> threads = new ArrayList<>();
        for (int n = 0; n < workers; n++) {
            Runnable task = work.apply(n);
            Thread thread = new Thread(() -> {
                try {
                    go.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
                task.run();
            }, name + "-" + n);
            thread.setDaemon(true);
            threads.add(thread);
            thread.start();
        }
        long start = System.nanoTime();
        go.countDown();
        for (Thread thread : threads) {
            try {
                thread.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while " + name + " ran", e);
            }
        }
        return Math.max(1, System.nanoTime() - start);
    }
}
