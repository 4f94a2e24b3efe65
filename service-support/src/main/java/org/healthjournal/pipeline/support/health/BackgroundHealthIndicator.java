package org.healthjournal.pipeline.support.health;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * A health check that talks to something outside the process (the database, the SMTP server), run
 * on its own thread every {@code refreshInterval} instead of on every {@code GET /actuator/health}:
 * a health call then only reads the last result, so it answers in microseconds whatever the
 * database pool or the mail server are doing, and a slow or hanging server cannot pile up callers.
 *
 * <p>The answer is never older than {@code maxStaleness}: when the last finished check is older
 * (the check hangs, or its thread died), the indicator says DOWN, so a server that is really gone
 * still turns health DOWN, at most {@code maxStaleness} later.
 */
public class BackgroundHealthIndicator implements HealthIndicator, DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(BackgroundHealthIndicator.class);

    private final HealthIndicator check;
    private final Duration maxStaleness;
    private final Clock clock;
    private final ScheduledExecutorService refresher;
    private volatile Checked last;

    /**
     * Starts refreshing at once; {@link #destroy()} stops it.
     *
     * @param name shown in the refresh thread's name
     */
    public BackgroundHealthIndicator(String name, HealthIndicator check, Duration refreshInterval,
            Duration maxStaleness, Clock clock) {
        this.check = check;
        this.maxStaleness = maxStaleness;
        this.clock = clock;
        this.refresher = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "health-" + name);
            thread.setDaemon(true);
            return thread;
        });
        refresher.scheduleWithFixedDelay(this::refresh, 0, refreshInterval.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Runs the wrapped check once and keeps its result (the refresh thread calls this). */
    void refresh() {
        Health health;
        try {
            health = check.health();
        } catch (RuntimeException e) {
            health = Health.down(e).build();
        }
        last = new Checked(health, clock.instant());
    }

    @Override
    public Health health() {
        Checked checked = last;
        if (checked == null) {
            // asked before the first background check finished: nothing to serve yet
            return Health.down().withDetail("reason", "not checked yet").build();
        }
        Duration age = Duration.between(checked.at(), clock.instant());
        if (age.compareTo(maxStaleness) > 0) {
            return Health.down()
                    .withDetail("reason", "no check finished in the last " + maxStaleness)
                    .withDetail("checkedAt", checked.at().toString())
                    .build();
        }
        return Health.status(checked.health().getStatus())
                .withDetails(checked.health().getDetails())
                .withDetail("checkedAt", checked.at().toString())
                .build();
    }

    @Override
    public void destroy() {
        refresher.shutdownNow();
        try {
            if (!refresher.awaitTermination(5, TimeUnit.SECONDS)) {
                log.debug("a background health check did not stop in 5 s");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private record Checked(Health health, Instant at) {
    }
}
