package org.healthjournal.pipeline.bench.stages.health;

import org.healthjournal.pipeline.bench.BenchContext;
import org.healthjournal.pipeline.bench.Figure;
import org.healthjournal.pipeline.bench.Numbers;
import org.healthjournal.pipeline.bench.Row;
import org.healthjournal.pipeline.bench.Stage;
import org.healthjournal.pipeline.bench.Target;
import org.healthjournal.pipeline.bench.load.Latencies;
import org.healthjournal.pipeline.bench.load.LoadDriver;
import org.healthjournal.pipeline.bench.load.LoadResult;
import org.healthjournal.pipeline.devstack.services.Service;

import java.net.URI;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * How long one anonymous {@code GET /actuator/health} takes on each service: what a load
 * balancer or the stack's own supervisor pays per probe. Per repetition the median of a series
 * of sequential calls on one kept-alive connection; the worst single call goes into the notes.
 * The services are visited in turn within each repetition, so noise hits them alike. A series
 * stops early after a time budget, so that a slow endpoint (the thing this row exists to catch)
 * does not stretch the whole run.
 */
public final class HealthStage implements Stage {

    static final double TARGET_MS = 50;
    private static final int CALLS = 50;
    private static final int SMOKE_CALLS = 5;
    private static final int MIN_CALLS = 5;
    /** A slow health endpoint must not stretch the run: each series stops after this (but has MIN_CALLS). */
    private static final Duration BUDGET = Duration.ofSeconds(10);

    @Override
    public String name() {
        return "health";
    }

    @Override
    public List<Row> run(BenchContext context) {
        int calls = context.options().smoke() ? SMOKE_CALLS : CALLS;
        LoadDriver driver = new LoadDriver();
        Map<Service, List<Double>> medians = new EnumMap<>(Service.class);
        Map<Service, Double> worst = new EnumMap<>(Service.class);
        Map<Service, Integer> counted = new EnumMap<>(Service.class);
        for (int repetition = 1; repetition <= context.options().repetitions(); repetition++) {
            for (Service service : Service.values()) {
                URI url = URI.create(context.stack().baseUrl(service) + "/actuator/health");
                Latencies latencies = series(driver, url, calls, service);
                counted.merge(service, latencies.count(), Math::min);
                medians.computeIfAbsent(service, s -> new ArrayList<>()).add(latencies.medianMillis());
                worst.merge(service, latencies.maxMillis(), Math::max);
                context.progress("health %s repetition %d: median %s ms", service.moduleName(), repetition,
                        Numbers.format(latencies.medianMillis()));
            }
        }
        List<Row> rows = new ArrayList<>();
        for (Service service : Service.values()) {
            rows.add(Row.alone("health", service.moduleName() + ": GET /actuator/health (anonymous)",
                    new Figure("ms", medians.get(service)), Target.atMost(TARGET_MS),
                    "per repetition the median of up to " + calls + " sequential calls on one kept-alive connection, a"
                            + " series stopping after " + BUDGET.toSeconds() + " s (fewest calls in a series: "
                            + counted.get(service) + ")",
                    "slowest single call: " + Numbers.format(worst.get(service)) + " ms"));
        }
        return rows;
    }

    /**
     * Up to {@code calls} sequential calls, fewer when {@link #BUDGET} has passed (never fewer than
     * {@link #MIN_CALLS}); each must answer 200.
     */
    private static Latencies series(LoadDriver driver, URI url, int calls, Service service) {
        List<Long> nanos = new ArrayList<>();
        long deadline = System.nanoTime() + BUDGET.toNanos();
        while (nanos.size() < calls && (nanos.size() < MIN_CALLS || System.nanoTime() < deadline)) {
            LoadResult result = driver.run(1, 1, index -> HttpRequest.newBuilder(url).GET().build())
                    .requireNoServerErrors(service.moduleName() + " /actuator/health");
            if (!result.allAnsweredWith(200)) {
                throw new IllegalStateException(service.moduleName() + " /actuator/health answered "
                        + result.describeStatuses());
            }
            nanos.add(Math.round(result.latencies().maxMillis() * 1_000_000));
        }
        return Latencies.ofNanos(nanos.stream().mapToLong(Long::longValue).toArray());
    }
}
