package org.healthjournal.pipeline.notifier.subscriptions;

import java.time.Duration;
import java.util.Iterator;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * Token buckets by key, in memory: each key may make {@code capacity} requests at once, and one
 * more every {@code period / capacity}. In memory, not in the database, because it guards the
 * database; with several instances each counts its own (the limits are per instance).
 */
final class RateLimiter {

    /** Keys kept at most; beyond it, idle (full) buckets are dropped, so many clients cannot exhaust memory. */
    private static final int MAX_KEYS = 50_000;

    private final int capacity;
    private final double nanosPerToken;
    private final LongSupplier clock;
    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

    RateLimiter(int capacity, Duration period) {
        this(capacity, period, System::nanoTime);
    }

    RateLimiter(int capacity, Duration period, LongSupplier clock) {
        this.capacity = capacity;
        this.nanosPerToken = (double) period.toNanos() / capacity;
        this.clock = clock;
    }

    /** @return zero if the request may go ahead, else how long until it would */
    Duration tryAcquire(String key) {
        long now = clock.getAsLong();
        if (buckets.size() > MAX_KEYS) {
            evictIdle(now);
        }
        Bucket bucket = buckets.computeIfAbsent(key, k -> new Bucket(capacity, now));
        synchronized (bucket) {
            bucket.refill(now, capacity, nanosPerToken);
            if (bucket.tokens >= 1) {
                bucket.tokens -= 1;
                return Duration.ZERO;
            }
            return Duration.ofNanos((long) Math.ceil((1 - bucket.tokens) * nanosPerToken));
        }
    }

    private void evictIdle(long now) {
        for (Iterator<Bucket> it = buckets.values().iterator(); it.hasNext(); ) {
            Bucket bucket = it.next();
            synchronized (bucket) {
                bucket.refill(now, capacity, nanosPerToken);
                if (bucket.tokens >= capacity) {
                    it.remove();
                }
            }
        }
    }

    private static final class Bucket {

        private double tokens;
        private long refilledAt;

        Bucket(int tokens, long now) {
            this.tokens = tokens;
            this.refilledAt = now;
        }

        void refill(long now, int capacity, double nanosPerToken) {
            tokens = Math.min(capacity, tokens + (now - refilledAt) / nanosPerToken);
            refilledAt = now;
        }
    }
}
