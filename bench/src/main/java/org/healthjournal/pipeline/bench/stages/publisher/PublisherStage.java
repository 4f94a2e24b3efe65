package org.healthjournal.pipeline.bench.stages.publisher;

import org.commonmark.parser.Parser;
import org.healthjournal.pipeline.bench.BenchContext;
import org.healthjournal.pipeline.bench.Figure;
import org.healthjournal.pipeline.bench.Row;
import org.healthjournal.pipeline.bench.Stage;
import org.healthjournal.pipeline.bench.Target;
import org.healthjournal.pipeline.bench.events.BenchArticles;
import org.healthjournal.pipeline.bench.events.ConsumerLag;
import org.healthjournal.pipeline.bench.events.EventInjector;
import org.healthjournal.pipeline.bench.events.TopicWatcher;
import org.healthjournal.pipeline.devstack.services.Service;
import org.healthjournal.pipeline.events.ArticleApproved;
import org.healthjournal.pipeline.events.ArticlePublished;
import org.healthjournal.pipeline.events.Topics;
import org.healthjournal.pipeline.faults.client.HttpResult;
import org.healthjournal.pipeline.faults.client.StaffHttp;
import org.healthjournal.pipeline.faults.stack.ServiceDatabases;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Publisher: {@code ArticleApproved} events in category "Children" go straight onto
 * {@code editorial.reviews}; the clock stops when every {@code ArticlePublished} is on
 * {@code editorial.published} (render, sanitise, store, outbox and the static export of the pages
 * each publication touches). Beside it, bare commonmark-java renders the same Markdown. Then the
 * store is filled up to {@code rebuildPages} articles and {@code POST /api/export/rebuild} is timed.
 */
public final class PublisherStage implements Stage {

    static final String CATEGORY = "Children";
    /** publisher's consumers of the reviews topic (pipeline.publisher.consumers' default): the floor uses as many threads. */
    static final int SERVICE_CONSUMERS = 3;
    static final String CONSUMER_GROUP = "publisher";
    private static final String EDITOR = "erin";
    private static final int FILL_BATCH = 500;
    private static final Duration REBUILD_PATIENCE = Duration.ofMinutes(10);

    private int serial;
    /** An article this stage saw published (the one the rebuild's filler copies). */
    private String lastPublished;

    @Override
    public String name() {
        return "publisher";
    }

    @Override
    public List<Row> run(BenchContext context) throws Exception {
        int pages = context.options().pages();
        int repetitions = context.options().repetitions();
        String bootstrap = context.stack().kafkaBootstrapServers();
        List<Double> pipeline = new ArrayList<>();
        List<Double> floor = new ArrayList<>();
        long backlog;
        try (ConsumerLag lag = new ConsumerLag(bootstrap)) {
            backlog = lag.awaitCaughtUp(CONSUMER_GROUP, Topics.REVIEWS, Duration.ofMinutes(5));
        }
        CommonmarkFloor commonmark = new CommonmarkFloor();
        try (EventInjector injector = new EventInjector(bootstrap);
             TopicWatcher published = new TopicWatcher(bootstrap, Topics.PUBLISHED, ArticlePublished.TYPE)) {
            // both sides warmed up, untimed: the floor renders the bodies once, the publisher publishes
            // as many articles (its JIT compiles the publishing path, as the floor's compiles the render)
            List<ArticleApproved> warmUp = approvals(pages);
            commonmark.renderAll(warmUp.stream().map(a -> a.content().body()).toList(), SERVICE_CONSUMERS);
            Published warm = publish(injector, published, context.stack().publisherUrl(), warmUp,
                    repetitionPatience(pages));
            context.progress("publisher warm-up: %d of %d pages published in %.2f s (untimed)", warm.count(), pages,
                    warm.seconds());
            try (ConsumerLag lag = new ConsumerLag(bootstrap)) {
                lag.awaitCaughtUp(CONSUMER_GROUP, Topics.REVIEWS, Duration.ofMinutes(5));
            }
            List<String> cutShort = new ArrayList<>();
            for (int rep = 1; rep <= repetitions; rep++) {
                List<ArticleApproved> approvals = approvals(pages);
                Published done = publish(injector, published, context.stack().publisherUrl(), approvals,
                        repetitionPatience(pages));
                pipeline.add(done.rate());
                context.progress("publisher rep %d: %d of %d pages published in %.2f s (%.1f/s)", rep, done.count(),
                        pages, done.seconds(), done.rate());
                if (done.count() < pages) {
                    cutShort.add("rep " + rep + ": " + done.count() + " of " + pages + " in " + Math.round(done.seconds())
                            + " s");
                    // the rest must not run into the floor or the next repetition: wait (untimed) for it
                    try (ConsumerLag lag = new ConsumerLag(bootstrap)) {
                        lag.awaitCaughtUp(CONSUMER_GROUP, Topics.REVIEWS, Duration.ofMinutes(5));
                    }
                }

                List<String> bodies = approvals.stream().map(a -> a.content().body()).toList();
                long floorStart = System.nanoTime();
                commonmark.renderAll(bodies, SERVICE_CONSUMERS);
                double floorSeconds = (System.nanoTime() - floorStart) / 1e9;
                floor.add(pages / floorSeconds);
                context.progress("publisher floor rep %d: %d bodies rendered in %.3f s (%.0f/s)", rep, pages,
                        floorSeconds, pages / floorSeconds);
            }
            List<Row> rows = new ArrayList<>();
            rows.add(Row.withFloor("publisher", "pages/s render + sanitise + store + static export",
                    new Figure("pages/s", pipeline), "bare commonmark-java render of the same Markdown",
                    new Figure("pages/s", floor), Target.ratioAtLeast(0.5),
                    pages + " ArticleApproved (category " + CATEGORY + ", ~3 KB Markdown) per repetition straight onto "
                            + Topics.REVIEWS + "; clock stops when every ArticlePublished is on " + Topics.PUBLISHED,
                    "static export on (pipeline.publisher.export.dir); the clock stops once GET /api/export says"
                            + " the export has caught up (every page and list written); floor: commonmark " + Parser.class.getPackage()
                            .getImplementationVersion() + ", " + SERVICE_CONSUMERS
                            + " thread(s) = publisher's reviews consumers; both warmed up untimed first (the floor"
                            + " renders " + pages + " bodies, the publisher publishes " + pages + " articles)",
                    backlog == 0 ? "publisher had no backlog when the clock started"
                            : "publisher still had " + backlog + " events of earlier stages when the clock started",
                    cutShort.isEmpty() ? "every repetition published all its pages"
                            : "repetitions cut short at " + repetitionPatience(pages).toSeconds()
                            + " s (figure = pages published / time): " + String.join("; ", cutShort)));
            rows.add(rebuild(context, injector, published));
            return rows;
        }
    }

    private Row rebuild(BenchContext context, EventInjector injector, TopicWatcher published) throws Exception {
        StaffHttp http = new StaffHttp();
        String publisher = context.stack().publisherUrl();
        int target = context.options().rebuildPages();
        long stored = storedArticles(http, publisher);
        String filled = "no article added for it";
        ServiceDatabases.Database database = context.serviceDatabases().get(Service.PUBLISHER);
        if (stored < target && database != null && lastPublished != null) {
            context.progress("publisher: copying a stored article %d times for the full rebuild of %d", target - stored,
                    target);
            StoredArticleCloner.cloneArticle(database, lastPublished, (int) (target - stored));
            filled = (target - stored) + " copies of a stored article inserted into publisher's database (new id,"
                    + " slug, title; the same stored HTML and tags)";
        } else if (stored < target) {
            context.progress("publisher: publishing %d more pages for the full rebuild of %d", target - stored, target);
            filled = (target - stored) + " more articles published through the pipeline";
            while (stored < target) {
                int batch = (int) Math.min(FILL_BATCH, target - stored);
                Published done = publish(injector, published, publisher, approvals(batch),
                        Duration.ofSeconds(60 + batch));
                if (done.count() < batch) {
                    throw new IllegalStateException("only " + done.count() + " of " + batch
                            + " articles were published within " + Math.round(done.seconds()) + " s");
                }
                stored = storedArticles(http, publisher);
            }
        }
        stored = storedArticles(http, publisher);
        List<Double> rates = new ArrayList<>();
        long files = 0;
        String timedOut = null;
        for (int rep = 1; rep <= context.options().repetitions(); rep++) {
            long start = System.nanoTime();
            HttpResponse<String> answer;
            try {
                answer = rebuildExport(publisher);
            } catch (HttpTimeoutException e) {
                // an upper bound, not a measurement: the rebuild took longer than the bench waits
                rates.add(stored / (double) REBUILD_PATIENCE.toSeconds());
                timedOut = "rep " + rep + " did not answer within " + REBUILD_PATIENCE.toMinutes()
                        + " min: its sample is an upper bound (pages / " + REBUILD_PATIENCE.toSeconds()
                        + " s); no further rebuild was started";
                context.progress("publisher rebuild rep %d: no answer within %s", rep, REBUILD_PATIENCE);
                break;
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            if (answer.statusCode() != 200) {
                throw new IllegalStateException("POST /api/export/rebuild answered " + answer.statusCode() + " "
                        + answer.body());
            }
            files = new com.fasterxml.jackson.databind.ObjectMapper().readTree(answer.body()).path("files").asLong();
            rates.add(stored / seconds);
            context.progress("publisher rebuild rep %d: %d pages (%d files) in %.2f s (%.0f pages/s)", rep, stored,
                    files, seconds, stored / seconds);
        }
        if (database != null) {
            int removed = StoredArticleCloner.removeCopies(database);
            if (removed > 0) {
                filled += "; the copies were deleted again after the rebuilds";
            }
        }
        return Row.alone("publisher", "full rebuild of " + stored + " pages", new Figure("pages/s", rates),
                Target.atLeast(430),
                "POST /api/export/rebuild as " + EDITOR + " (synchronous: answers when every file is written); "
                        + stored + " articles in the store (all stages' pages; " + filled + "), " + files
                        + " files written",
                "every bench article has the same category, two tags and author, so each of those lists is as long"
                        + " as the index",
                timedOut == null ? "every rebuild answered" : timedOut);
    }

    /**
     * How long one repetition may take: the lists the articles are on grow with the store, and an
     * unbounded repetition could outlast the whole bench.
     */
    static Duration repetitionPatience(int pages) {
        return Duration.ofSeconds(Math.max(60, pages / 4));
    }

    /** How many of a repetition's articles were published, and in how long. */
    record Published(int count, double seconds) {
        double rate() {
            return count / seconds;
        }
    }

    /** Sends the approvals and waits until every one was published, or {@code patience} passed. */
    private Published publish(EventInjector injector, TopicWatcher published, String publisherUrl,
                              List<ArticleApproved> approvals, Duration patience) throws InterruptedException {
        Set<String> ids = new HashSet<>();
        approvals.forEach(a -> ids.add(a.articleId()));
        long start = System.nanoTime();
        injector.sendAll(Topics.REVIEWS, approvals);
        published.awaitAll(ids, patience);
        // the export writes pages and lists on threads of its own after each commit: the clock stops
        // when it has caught up too, so that the figure includes writing every page and list
        awaitExportCaughtUp(publisherUrl, Duration.ofNanos(Math.max(0, patience.toNanos() - (System.nanoTime() - start))));
        double seconds = (System.nanoTime() - start) / 1e9;
        int count = (int) published.countOf(ids);
        approvals.stream().map(ArticleApproved::articleId).filter(published::saw).findFirst()
                .ifPresent(id -> lastPublished = id);
        return new Published(count, seconds);
    }

    private List<ArticleApproved> approvals(int count) {
        List<ArticleApproved> approvals = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            int n = ++serial;
            approvals.add(BenchArticles.approved(BenchArticles.newArticleId(),
                    BenchArticles.content("Outdoor play and sleep in children, report " + n, CATEGORY)));
        }
        return approvals;
    }

    /** Polls {@code GET /api/export} until the static export has written everything, or patience ran out. */
    private static void awaitExportCaughtUp(String publisherUrl, Duration patience) throws InterruptedException {
        StaffHttp http = new StaffHttp();
        long deadline = System.nanoTime() + patience.toNanos();
        do {
            try {
                HttpResult status = http.get(publisherUrl + "/api/export", EDITOR);
                if (status.status() != 200 || status.json().path("caughtUp").asBoolean(false)) {
                    return;
                }
            } catch (IOException e) {
                return; // no status: nothing to wait for
            }
            Thread.sleep(20);
        } while (System.nanoTime() < deadline);
    }

    private static long storedArticles(StaffHttp http, String publisherUrl) throws IOException {
        HttpResult page = http.get(publisherUrl + "/api/articles?page=0&size=1", EDITOR);
        if (page.status() != 200) {
            throw new IllegalStateException("article count failed: " + page);
        }
        return page.json().path("totalItems").asLong();
    }

    /** Its own client: the rebuild of thousands of pages may take longer than StaffHttp's 15 s. */
    private static HttpResponse<String> rebuildExport(String publisherUrl) throws IOException, InterruptedException {
        HttpClient client = HttpClient.newHttpClient();
        HttpRequest request = HttpRequest.newBuilder(URI.create(publisherUrl + "/api/export/rebuild"))
                .timeout(REBUILD_PATIENCE)
                .header("Authorization", "Basic " + Base64.getEncoder()
                        .encodeToString((EDITOR + ":" + EDITOR).getBytes(StandardCharsets.UTF_8)))
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.noBody())
                .build();
        return client.send(request, HttpResponse.BodyHandlers.ofString());
    }
}
