package org.healthjournal.pipeline.bench.load;

import org.junit.jupiter.api.Test;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

class TogetherTest {

    @Test
    void everyWorkerRunsOnItsOwnThreadAndTheClockCoversTheSlowest() {
        Set<String> threads = ConcurrentHashMap.newKeySet();

        long elapsed = Together.run(3, "worker", n -> () -> {
            threads.add(Thread.currentThread().getName());
            sleep(n == 2 ? 200 : 10);
        });

        assertThat(threads).containsExactlyInAnyOrder("worker-0", "worker-1", "worker-2");
        assertThat(elapsed).isGreaterThanOrEqualTo(TimeUnit.MILLISECONDS.toNanos(200));
    }

    @Test
    void workersStartTogether() {
        CountDownLatch allStarted = new CountDownLatch(4);

        Together.run(4, "worker", n -> () -> {
            allStarted.countDown();
            try {
                // returns only when every worker is running at the same time
                assertThat(allStarted.await(5, TimeUnit.SECONDS)).isTrue();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });

        assertThat(allStarted.getCount()).isZero();
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
