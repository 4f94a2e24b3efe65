package org.healthjournal.pipeline.bench.stages.review;

import org.healthjournal.pipeline.bench.BenchContext;
import org.healthjournal.pipeline.bench.Figure;
import org.healthjournal.pipeline.bench.Row;
import org.healthjournal.pipeline.bench.Stage;
import org.healthjournal.pipeline.bench.Target;
import org.healthjournal.pipeline.bench.events.BenchArticles;
import org.healthjournal.pipeline.bench.events.ConsumerLag;
import org.healthjournal.pipeline.bench.events.EventInjector;
import org.healthjournal.pipeline.events.ArticleContent;
import org.healthjournal.pipeline.events.DraftSubmitted;
import org.healthjournal.pipeline.events.Topics;
import org.healthjournal.pipeline.faults.client.HttpResult;
import org.healthjournal.pipeline.faults.client.StaffHttp;
import org.healthjournal.pipeline.faults.stack.ServiceDatabases;

import java.io.IOException;
import java.net.URLEncoder;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Review: valid {@code DraftSubmitted} events (exactly what ingest sends) go straight onto
 * {@code editorial.drafts}; the clock stops when review-workflow has an open task for every one
 * (automated checks, the starter's redelivery and supersede queries, the outbox and the task API
 * included). Beside it, a bare Flowable engine starts the same BPMN with no-op delegates on the same
 * database server.
 */
public final class ReviewStage implements Stage {

    /**
     * review-workflow's drafts consumers: {@code pipeline.review.intake.consumers}' default, one per
     * partition of the bench's drafts topic ({@code pipeline.kafka.partitions}' default, 3).
     */
    static final int SERVICE_CONSUMERS = 3;
    public static final String CONSUMER_GROUP = "review-workflow";
    private static final Duration BACKLOG_PATIENCE = Duration.ofMinutes(5);

    @Override
    public String name() {
        return "review";
    }

    @Override
    public List<Row> run(BenchContext context) throws Exception {
        int articles = context.options().reviewArticles();
        int repetitions = context.options().repetitions();
        String bootstrap = context.stack().kafkaBootstrapServers();
        StaffHttp http = new StaffHttp();
        List<Double> pipeline = new ArrayList<>();
        List<Double> floor = new ArrayList<>();
        long backlog;
        try (ConsumerLag lag = new ConsumerLag(bootstrap)) {
            backlog = lag.of(CONSUMER_GROUP, Topics.DRAFTS);
            if (backlog > 0) {
                context.progress("review: waiting for review-workflow to finish the %d drafts left before it", backlog);
            }
            backlog = lag.awaitCaughtUp(CONSUMER_GROUP, Topics.DRAFTS, BACKLOG_PATIENCE);
        }
        int warmUp = warmUpArticles(articles);
        try (EventInjector injector = new EventInjector(bootstrap); BareFlowableEngine engine = floorEngine(context);
             ConsumerLag drafts = new ConsumerLag(bootstrap)) {
            // both sides once untimed, so neither is measured while its JIT is still compiling the path
            context.progress("review: warm-up, %d drafts through the service and %d instances through the bare engine",
                    warmUp, warmUp);
            List<DraftSubmitted> warmUpDrafts = drafts("warm-up", warmUp);
            injector.sendAll(Topics.DRAFTS, warmUpDrafts);
            awaitReviewed(drafts, http, context.stack().reviewWorkflowUrl(), warmUpDrafts.get(0).content().category(),
                    warmUp, Duration.ofSeconds(60 + warmUp));
            engine.startReviews(floorReviews(warmUpDrafts, "Bench Floor warm-up"), SERVICE_CONSUMERS);
            for (int rep = 1; rep <= repetitions; rep++) {
                List<DraftSubmitted> batch = drafts(String.valueOf(rep), articles);
                String category = batch.get(0).content().category();
                long start = System.nanoTime();
                injector.sendAll(Topics.DRAFTS, batch);
                awaitReviewed(drafts, http, context.stack().reviewWorkflowUrl(), category, articles,
                        Duration.ofSeconds(60 + articles));
                double seconds = (System.nanoTime() - start) / 1e9;
                pipeline.add(articles / seconds);
                context.progress("review rep %d: %d articles to open tasks in %.2f s (%.1f/s)", rep, articles, seconds,
                        articles / seconds);

                String floorCategory = "Bench Floor " + rep;
                List<Map<String, Object>> reviews = floorReviews(batch, floorCategory);
                long floorStart = System.nanoTime();
                engine.startReviews(reviews, SERVICE_CONSUMERS);
                double floorSeconds = (System.nanoTime() - floorStart) / 1e9;
                long open = engine.openTasks(floorCategory);
                if (open != articles) {
                    throw new IllegalStateException("the bare engine has " + open + " open tasks, not " + articles);
                }
                floor.add(articles / floorSeconds);
                context.progress("review floor rep %d: %d instances to open tasks in %.2f s (%.1f/s)", rep, articles,
                        floorSeconds, articles / floorSeconds);
            }
        }
        return List.of(Row.withFloor("review", "articles/s from DraftSubmitted to open task, checks included",
                new Figure("articles/s", pipeline),
                "a bare Flowable engine running the same BPMN on the same database", new Figure("articles/s", floor),
                Target.ratioAtLeast(0.5),
                articles + " DraftSubmitted per repetition put straight onto " + Topics.DRAFTS
                        + "; clock stops when review-workflow's consumer group has committed every draft (asked every 20 ms)"
                        + " and then GET /api/tasks?category= (as drbob) counts them all (polled every 100 ms)",
                "after an unmeasured warm-up of " + warmUp + " drafts through the service and as many instances"
                        + " through the bare engine",
                "floor: StandaloneProcessEngineConfiguration, review-workflow's BPMN from its jar, no-op delegates, "
                        + SERVICE_CONSUMERS + " starting thread(s) = the service's drafts consumers, "
                        + (context.databases().isPresent() ? "fresh PostgreSQL database" : "H2 file database"),
                backlog == 0 ? "review-workflow had no drafts backlog when the clock started"
                        : "review-workflow still had " + backlog + " drafts of earlier stages to review when the clock started"));
    }

    /**
     * An untimed round before the measured ones, five repetitions long. After a fifth of one the
     * service's JIT was still compiling (its C2 threads took 6.4 of its 14.9 CPU-s over the measured
     * repetitions, whose rates rose from 70 to 120 articles/s), while the bare engine, far less code,
     * had nearly settled; after three both still sped up from one repetition to the next.
     */
    static int warmUpArticles(int articles) {
        return 5 * articles;
    }

    private static List<DraftSubmitted> drafts(String round, int count) {
        String category = "Bench Review " + round;
        List<DraftSubmitted> drafts = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            ArticleContent content = BenchArticles.content("Bench review " + round + "." + i + " of daily walking",
                    category);
            drafts.add(BenchArticles.draftSubmitted(BenchArticles.newArticleId(), content));
        }
        return drafts;
    }

    /** The same drafts as the bare engine's process variables, as new articles in their own category. */
    private static List<Map<String, Object>> floorReviews(List<DraftSubmitted> drafts, String category) {
        List<Map<String, Object>> reviews = new ArrayList<>();
        for (DraftSubmitted draft : drafts) {
            ArticleContent content = BenchArticles.content(draft.content().title(), category);
            reviews.add(BareFlowableEngine.variables(BenchArticles.newArticleId(), draft.author(),
                    draft.correlationId(), content));
        }
        return reviews;
    }

    private static BareFlowableEngine floorEngine(BenchContext context) {
        if (context.databases().isPresent()) {
            ServiceDatabases.Database database = context.databases().get().fresh("bench_flowable_floor");
            return new BareFlowableEngine(database.url(), database.username(), database.password());
        }
        Path file = context.stack().dataDir().resolve("flowable-floor").resolve("db").toAbsolutePath();
        return new BareFlowableEngine("jdbc:h2:file:" + file + ";WRITE_DELAY=0", "sa", "");
    }

    /**
     * Waits until review-workflow's drafts consumers have committed every draft on the topic (cheap
     * to ask the broker, so asked every 20 ms; an offset is committed only after its review started),
     * then until the task API counts {@code expected} open tasks in the category. Asking the task API
     * alone every 100 ms cost the service and its database a filtered count each time, CPU the bare
     * engine beside it never has to share.
     */
    static void awaitReviewed(ConsumerLag lag, StaffHttp http, String reviewUrl, String category, int expected,
            Duration patience) throws Exception {
        long deadline = System.nanoTime() + patience.toNanos();
        while (lag.of(CONSUMER_GROUP, Topics.DRAFTS) > 0) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("review-workflow did not take every draft in " + category
                        + " within " + patience);
            }
            Thread.sleep(20);
        }
        awaitOpenTasks(http, reviewUrl, category, expected, Duration.ofNanos(Math.max(0, deadline - System.nanoTime())));
    }

    static void awaitOpenTasks(StaffHttp http, String reviewUrl, String category, int expected, Duration patience)
            throws IOException, InterruptedException {
        String url = reviewUrl + "/api/tasks?page=0&size=1&category="
                + URLEncoder.encode(category, StandardCharsets.UTF_8);
        long deadline = System.nanoTime() + patience.toNanos();
        long open = 0;
        while (System.nanoTime() < deadline) {
            HttpResult tasks;
            try {
                tasks = http.get(url, BenchArticles.REVIEWER);
            } catch (HttpTimeoutException slow) {
                // a busy service answering one count late is not a failed stage: ask again
                continue;
            }
            if (tasks.status() != 200) {
                throw new IllegalStateException("task count failed: " + tasks);
            }
            open = tasks.json().path("totalItems").asLong();
            if (open >= expected) {
                return;
            }
            Thread.sleep(100);
        }
        throw new IllegalStateException("only " + open + " of " + expected + " review tasks in " + category
                + " opened within " + patience);
    }
}
