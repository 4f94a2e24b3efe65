package org.healthjournal.pipeline.bench.stages.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.healthjournal.pipeline.bench.BenchContext;
import org.healthjournal.pipeline.bench.Figure;
import org.healthjournal.pipeline.bench.Numbers;
import org.healthjournal.pipeline.bench.Row;
import org.healthjournal.pipeline.bench.Stage;
import org.healthjournal.pipeline.bench.Target;
import org.healthjournal.pipeline.bench.events.ConsumerLag;
import org.healthjournal.pipeline.bench.load.LoadDriver;
import org.healthjournal.pipeline.bench.load.LoadResult;
import org.healthjournal.pipeline.bench.load.SampleDraft;
import org.healthjournal.pipeline.bench.stages.review.ReviewStage;
import org.healthjournal.pipeline.events.Topics;
import org.healthjournal.pipeline.devstack.process.ChildStatus;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Ingest accept: drafts per second through the writers' API (HTTP Basic as alice, validation,
 * the draft and its outbox row stored, {@code DraftSubmitted} acknowledged by Kafka), with the
 * clock stopped only when the run's last {@code DraftSubmitted} is on {@code editorial.drafts}.
 * Beside it, in each repetition: (a) a plain {@code KafkaProducer} sending the same records with the
 * relay's settings from as many senders, and (b) the same server refusing {@code {}} as alice
 * (sign-in, parsing, validation, nothing stored).
 */
public final class IngestStage implements Stage {

    static final String STAGE = "ingest accept";
    static final String CATEGORY = "Heart Health";
    private static final String WRITER = "alice";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration EVENT_PATIENCE = Duration.ofSeconds(120);

    @Override
    public String name() {
        return "ingest";
    }

    @Override
    public List<Row> run(BenchContext context) throws Exception {
        int clients = context.options().clients();
        int drafts = context.options().draftsPerRun();
        String url = context.stack().ingestUrl() + "/api/drafts";
        String authorization = "Basic " + Base64.getEncoder().encodeToString(
                (WRITER + ":" + WRITER).getBytes(StandardCharsets.UTF_8));
        LoadDriver driver = new LoadDriver();
        String runId = UUID.randomUUID().toString().substring(0, 8);
        List<Double> pipeline = new ArrayList<>();
        List<Double> producerFloor = new ArrayList<>();
        List<Double> refusalFloor = new ArrayList<>();
        List<String> pipelineNotes = new ArrayList<>();
        List<String> refusalNotes = new ArrayList<>();
        int partitions;
        Downstream downstream = new Downstream(context);
        try (DraftsSeen seen = new DraftsSeen(context.stack().kafkaBootstrapServers());
             ConsumerLag lag = new ConsumerLag(context.stack().kafkaBootstrapServers());
             PlainProducerFloor producer = new PlainProducerFloor(context.stack().kafkaBootstrapServers(),
                     seen.partitions())) {
            partitions = seen.partitions();
            int warmUp = warmUpDrafts(drafts, clients);
            context.progress("ingest: warm-up, %d drafts and %d refusals", warmUp, warmUp);
            PipelineRun warm = pipelineRun(driver, seen, url, authorization, runId + "-warm", warmUp, clients);
            producer.run(warm.records(), warmUp, clients);
            refusalRun(driver, url, authorization, warmUp, clients);
            for (int repetition = 1; repetition <= context.options().repetitions(); repetition++) {
                downstream.awaitIdle(lag);
                downstream.pause();
                try {
                    PipelineRun run = pipelineRun(driver, seen, url, authorization, runId + "-" + repetition, drafts,
                            clients);
                    pipeline.add(run.draftsPerSecond());
                    pipelineNotes.add("repetition " + repetition + ": " + run.http().summary() + "; last DraftSubmitted "
                            + Numbers.format(run.lastEventAfterHttpMillis()) + " ms after the last answer");
                    if (run.records().size() < drafts) {
                        pipelineNotes.add("ERROR STATUSES in repetition " + repetition + ": only " + run.records().size()
                                + " of " + drafts + " drafts accepted (" + run.http().describeStatuses()
                                + "); the figure counts accepted drafts only");
                    }
                    context.progress("ingest %d: pipeline %s drafts/s (%s)", repetition,
                            Numbers.format(run.draftsPerSecond()), run.http().describeStatuses());

                    double acked = producer.run(run.records(), drafts, clients);
                    producerFloor.add(acked);
                    context.progress("ingest %d: plain producer %s records/s", repetition, Numbers.format(acked));

                    LoadResult refused = refusalRun(driver, url, authorization, drafts, clients);
                    refusalFloor.add(refused.requestsPerSecond());
                    refusalNotes.add("repetition " + repetition + ": " + refused.summary());
                    context.progress("ingest %d: refusing {} %s requests/s (%s)", repetition,
                            Numbers.format(refused.requestsPerSecond()), refused.describeStatuses());
                } finally {
                    downstream.resume();
                }
            }
            downstream.awaitIdle(lag);
        }
        String measure = "drafts/s through HTTP (signed in) → validate → store → Kafka, " + clients + " clients";
        Figure figure = new Figure("drafts/s", pipeline);
        List<String> common = List.of(drafts + " drafts of ~1 KB (category " + CATEGORY + ") per repetition as "
                        + WRITER + " with HTTP Basic, " + clients + " clients on kept-alive connections",
                "clock: first request sent → the run's last DraftSubmitted read from " + Topics.DRAFTS,
                "after an unmeasured warm-up of " + warmUpDrafts(drafts, clients) + " drafts, records and refusals",
                "the stage alone: review-workflow, the only consumer of " + Topics.DRAFTS + ", is paused (SIGSTOP)"
                        + " from the start of a repetition's drafts to the end of its refusals, so that reviewing the"
                        + " drafts does not take the CPU from whichever phase runs meanwhile; it is resumed (SIGCONT)"
                        + " after the refusals and reviews every draft before the next repetition starts (longest"
                        + " wait " + Numbers.format(downstream.longestWaitSeconds()) + " s)");
        List<String> withProducer = new ArrayList<>(common);
        withProducer.add("floor: " + drafts + " of the pipeline's own DraftSubmitted records per repetition to "
                + PlainProducerFloor.TOPIC + " (" + partitions + " partitions, as " + Topics.DRAFTS + "), "
                + PlainProducerFloor.SETTINGS);
        withProducer.addAll(pipelineNotes);
        List<String> withRefusal = new ArrayList<>(common);
        withRefusal.add("floor: " + drafts + " POSTs of {} as " + WRITER + " per repetition, every one answered 400/422");
        withRefusal.addAll(refusalNotes);
        return List.of(
                new Row(STAGE, measure, figure, "plain KafkaProducer, same payloads and settings, " + clients
                        + " senders each waiting for its ack", new Figure("drafts/s", producerFloor),
                        Target.ratioAtLeast(0.1), withProducer),
                new Row(STAGE, measure, figure, "same server refusing {} (400/422), same clients",
                        new Figure("drafts/s", refusalFloor), Target.ratioAtLeast(0.5), withRefusal));
    }

    /**
     * Posts {@code drafts} valid drafts and waits for every accepted one on the topic.
     *
     * @throws IllegalStateException on a 5xx or a request without an answer, or when nothing was accepted
     */
    private static PipelineRun pipelineRun(LoadDriver driver, DraftsSeen seen, String url, String authorization,
                                           String runId, int drafts, int clients) {
        Set<String> accepted = ConcurrentHashMap.newKeySet();
        URI uri = URI.create(url);
        long start = System.nanoTime();
        LoadResult http = driver.run(drafts, clients,
                index -> HttpRequest.newBuilder(uri)
                        .header("Authorization", authorization)
                        .header("Content-Type", "application/json")
                        .header("Accept", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofByteArray(
                                SampleDraft.bytes("Daily steps and the heart, bench " + runId + " #" + index, CATEGORY)))
                        .build(),
                (index, response) -> {
                    if (response.statusCode() == 202) {
                        accepted.add(articleId(response.body()));
                    }
                }).requireNoServerErrors("ingest POST /api/drafts");
        long httpDone = System.nanoTime();
        if (accepted.isEmpty()) {
            throw new IllegalStateException("ingest accepted none of " + drafts + " drafts: " + http.describeStatuses());
        }
        List<DraftsSeen.Seen> records = seen.awaitAll(accepted, EVENT_PATIENCE);
        long lastEvent = DraftsSeen.lastSeenNanos(records);
        return new PipelineRun(http, records, accepted.size() / ((lastEvent - start) / 1e9),
                (lastEvent - httpDone) / 1e6);
    }

    private static LoadResult refusalRun(LoadDriver driver, String url, String authorization, int requests,
                                         int clients) {
        URI uri = URI.create(url);
        byte[] empty = "{}".getBytes(StandardCharsets.UTF_8);
        LoadResult result = driver.run(requests, clients, index -> HttpRequest.newBuilder(uri)
                .header("Authorization", authorization)
                .header("Content-Type", "application/json")
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(empty))
                .build()).requireNoServerErrors("ingest POST {}");
        if (!result.allAnsweredWith(400, 422)) {
            throw new IllegalStateException("ingest did not refuse every {} with 400/422: " + result.describeStatuses());
        }
        return result;
    }

    private static String articleId(byte[] body) {
        try {
            JsonNode receipt = JSON.readTree(body);
            String articleId = receipt.path("articleId").asText("");
            if (articleId.isEmpty()) {
                throw new IllegalStateException("a 202 without an articleId: " + new String(body, StandardCharsets.UTF_8));
            }
            return articleId;
        } catch (IOException e) {
            throw new IllegalStateException("a 202 that is not JSON", e);
        }
    }

    /** One pipeline repetition: the HTTP side, the records as they lay on the topic, the figure. */
    record PipelineRun(LoadResult http, List<DraftsSeen.Seen> records, double draftsPerSecond,
                       double lastEventAfterHttpMillis) {
    }

    /**
     * review-workflow, which reviews every draft the pipeline phase accepts: on two shared cores its
     * reviewing (about a quarter of the machine) would fall on whichever phase runs meanwhile, the
     * floors included, and make the row measure the review stage too. So the bench pauses it for
     * the three phases of a repetition and lets it catch up between repetitions. Its Kafka consumer
     * stays in its group: a repetition is shorter than the group's session timeout (45 s).
     */
    private static final class Downstream {
        private static final Duration PATIENCE = Duration.ofMinutes(3);
        private static final String SERVICE = "review-workflow";
        private final BenchContext context;
        private double longestWaitSeconds;
        private Long paused;

        Downstream(BenchContext context) {
            this.context = context;
        }

        void pause() throws IOException, InterruptedException {
            long pid = context.stack().children().stream()
                    .filter(child -> child.name().equals(SERVICE) && child.alive())
                    .map(ChildStatus::pid)
                    .findFirst()
                    .orElseThrow(() -> new IllegalStateException(SERVICE + " is not running"));
            signal("STOP", pid);
            paused = pid;
        }

        void resume() throws IOException, InterruptedException {
            if (paused != null) {
                signal("CONT", paused);
                paused = null;
            }
        }

        private static void signal(String signal, long pid) throws IOException, InterruptedException {
            Process kill = new ProcessBuilder("kill", "-" + signal, Long.toString(pid)).inheritIO().start();
            if (kill.waitFor() != 0) {
                throw new IllegalStateException("kill -" + signal + " " + pid + " failed");
            }
        }

        void awaitIdle(ConsumerLag lag) throws Exception {
            long start = System.nanoTime();
            long left = lag.awaitCaughtUp(ReviewStage.CONSUMER_GROUP, Topics.DRAFTS, PATIENCE);
            if (left > 0) {
                throw new IllegalStateException("review-workflow still had " + left + " drafts to review after "
                        + PATIENCE.toMinutes() + " min");
            }
            double waited = (System.nanoTime() - start) / 1e9;
            longestWaitSeconds = Math.max(longestWaitSeconds, waited);
            if (waited > 1) {
                context.progress("ingest: waited %.1f s for review-workflow to review the drafts before", waited);
            }
        }

        double longestWaitSeconds() {
            return longestWaitSeconds;
        }
    }

    /**
     * The untimed round before the measured ones: as long as a repetition. With a tenth of one, the
     * first repetition of every phase ran at half the speed of the later ones (the JIT was still
     * compiling), in the service and in the bench's own producer alike.
     */
    static int warmUpDrafts(int drafts, int clients) {
        return Math.max(clients, drafts);
    }
}
