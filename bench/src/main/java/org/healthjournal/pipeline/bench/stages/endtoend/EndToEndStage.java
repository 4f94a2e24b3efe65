package org.healthjournal.pipeline.bench.stages.endtoend;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.healthjournal.pipeline.bench.BenchContext;
import org.healthjournal.pipeline.bench.Figure;
import org.healthjournal.pipeline.bench.Row;
import org.healthjournal.pipeline.bench.Stage;
import org.healthjournal.pipeline.bench.Target;
import org.healthjournal.pipeline.bench.events.ConsumerLag;
import org.healthjournal.pipeline.bench.mail.SinkInbox;
import org.healthjournal.pipeline.bench.mail.SinkMail;
import org.healthjournal.pipeline.bench.mail.SinkSubscriber;
import org.healthjournal.pipeline.bench.mail.SmtpSink;
import org.healthjournal.pipeline.events.Topics;
import org.healthjournal.pipeline.faults.client.HttpResult;
import org.healthjournal.pipeline.faults.client.StaffHttp;
import org.healthjournal.pipeline.faults.client.Submission;
import org.healthjournal.pipeline.faults.client.Writer;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * End to end: alice submits a draft in "Nutrition" through ingest, drbob approves it as soon as its
 * task is open, and the clock runs from just before the approval POST until the article's mail to
 * the one subscriber (subscribed to "Nutrition" only) is complete in the mail sink — review
 * decision, outbox relay, publisher, notifier fan-out and SMTP. One article after the other. The
 * floor beside it is a Kafka round trip through the same broker, as many times.
 */
public final class EndToEndStage implements Stage {

    static final String CATEGORY = "Nutrition";
    private static final String WRITER = "alice";
    private static final String REVIEWER = "drbob";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration MAIL_POLL = Duration.ofMillis(2);
    private static final Duration PATIENCE = Duration.ofSeconds(60);

    @Override
    public String name() {
        return "endtoend";
    }

    @Override
    public List<Row> run(BenchContext context) throws Exception {
        String bootstrap = context.stack().kafkaBootstrapServers();
        StaffHttp http = new StaffHttp();
        SinkInbox inbox = new SinkInbox(SmtpSink.dumpDir(context.stack().dataDir()));
        String subscriber = "e2e-" + UUID.randomUUID().toString().substring(0, 8) + "@readers.example.org";
        new SinkSubscriber(http, context.stack().notifierUrl(), inbox)
                .subscribeAndConfirm(subscriber, List.of(CATEGORY), PATIENCE);
        context.progress("endtoend: %s subscribed to %s and confirmed", subscriber, CATEGORY);
        // an earlier stage's backlog in any service on the way would be counted as this stage's latency
        String backlog = "no service on the way had a backlog when the first approval went out";
        try (ConsumerLag lag = new ConsumerLag(bootstrap)) {
            long left = lag.awaitCaughtUp("review-workflow", Topics.DRAFTS, Duration.ofMinutes(5))
                    + lag.awaitCaughtUp("publisher", Topics.REVIEWS, Duration.ofMinutes(5))
                    + lag.awaitCaughtUp("notifier", Topics.PUBLISHED, Duration.ofMinutes(5));
            if (left > 0) {
                backlog = left + " events of earlier stages were still waiting in review-workflow, publisher or"
                        + " notifier when the first approval went out";
            }
        }
        Writer writer = new Writer(http, context.stack().ingestUrl(), WRITER, PATIENCE);
        List<Integer> groups = Latencies.split(context.options().endToEndArticles(), context.options().repetitions());
        List<Double> p50 = new ArrayList<>();
        List<Double> p99 = new ArrayList<>();
        List<Double> floorP50 = new ArrayList<>();
        List<Double> floorP99 = new ArrayList<>();
        Latencies all = new Latencies();
        Latencies allFloor = new Latencies();
        byte[] payload = new byte[3_000];
        java.util.Arrays.fill(payload, (byte) 'x');
        int article = 0;
        try (KafkaRoundTrip roundTrip = new KafkaRoundTrip(bootstrap)) {
            roundTrip.once(payload);
            for (int rep = 0; rep < groups.size(); rep++) {
                Latencies latencies = new Latencies();
                for (int i = 0; i < groups.get(rep); i++) {
                    double ms = approveAndAwaitMail(http, context, writer, inbox, subscriber,
                            "Fibre at breakfast and energy levels, end-to-end " + (++article) + " "
                                    + UUID.randomUUID().toString().substring(0, 6));
                    latencies.add(ms);
                    all.add(ms);
                }
                p50.add(latencies.percentile(50));
                p99.add(latencies.percentile(99));
                Latencies floor = new Latencies();
                for (int i = 0; i < groups.get(rep); i++) {
                    double ms = roundTrip.once(payload);
                    floor.add(ms);
                    allFloor.add(ms);
                }
                floorP50.add(floor.percentile(50));
                floorP99.add(floor.percentile(99));
                context.progress("endtoend rep %d: %d articles, approval → inbox p50 %.0f ms, p99 %.0f ms;"
                                + " Kafka round trip p50 %.1f ms, p99 %.1f ms", rep + 1, latencies.count(),
                        latencies.percentile(50), latencies.percentile(99), floor.percentile(50),
                        floor.percentile(99));
            }
        }
        String counts = article + " articles one after the other in " + groups.size() + " groups of " + groups
                + " (one sample per group); 1 subscriber (" + CATEGORY + " only), mail read from smtp-sink's dumps"
                + " every " + MAIL_POLL.toMillis() + " ms";
        String missed = all.count() == 0 ? "" : all.countAtLeast(PATIENCE.toMillis()) + " mail(s) not in the inbox"
                + " within " + PATIENCE.toSeconds() + " s, each counted as " + PATIENCE.toMillis() + " ms (a lower bound)";
        String overall = String.format(java.util.Locale.ROOT,
                "over all %d: p50 %.0f ms, p99 %.0f ms, worst %.0f ms; Kafka round trip p50 %.1f ms, p99 %.1f ms",
                all.count(), all.percentile(50), all.percentile(99), all.max(), allFloor.percentile(50),
                allFloor.percentile(99));
        String floorLabel = "Kafka round trip through the same broker";
        return List.of(
                Row.withFloor("end to end", "reviewer approval → e-mail in the inbox, p50", new Figure("ms", p50),
                        floorLabel, new Figure("ms", floorP50), Target.reported(), counts, overall, backlog, missed),
                Row.withFloor("end to end", "reviewer approval → e-mail in the inbox, p99", new Figure("ms", p99),
                        floorLabel, new Figure("ms", floorP99), Target.atMost(1000), counts, overall, backlog, missed,
                        "floor: produce (acks=all, idempotent) → an assigned, polling consumer receives it; "
                                + "3 KB records, as many round trips as articles"));
    }

    /** Submits, waits for the review task, approves it and returns the ms from the approval to the mail. */
    private static double approveAndAwaitMail(StaffHttp http, BenchContext context, Writer writer, SinkInbox inbox,
                                              String subscriber, String title) throws Exception {
        Submission submission = writer.submit(title);
        if (!submission.accepted()) {
            throw new IllegalStateException("ingest did not accept '" + title + "': " + submission.lastProblem());
        }
        String taskId = awaitTask(http, context.stack().reviewWorkflowUrl(), submission.articleId());
        String decision = "{\"decision\":\"APPROVE\",\"comments\":\"Evidence stated honestly.\"}";
        long t0 = System.nanoTime();
        HttpResult approved = http.post(context.stack().reviewWorkflowUrl() + "/api/tasks/" + taskId + "/decision",
                JSON.readTree(decision), REVIEWER);
        if (approved.status() != 200) {
            throw new IllegalStateException("approval failed: " + approved);
        }
        Optional<SinkMail> mail = inbox.await(m -> m.isTo(subscriber) && title.equals(m.subject()), PATIENCE, MAIL_POLL);
        if (mail.isEmpty()) {
            // kept as a sample (a lower bound): dropping it would flatter the percentiles
            context.progress("endtoend: no mail about '%s' within %s; counted as %d ms", title, PATIENCE,
                    PATIENCE.toMillis());
            return PATIENCE.toMillis();
        }
        return (mail.get().seenNanos() - t0) / 1e6;
    }

    private static String awaitTask(StaffHttp http, String reviewUrl, String articleId) throws Exception {
        // the article's audit trail names its task once it is open (listing the inbox would page through
        // every open task of the category, whoever else filed drafts under it)
        String url = reviewUrl + "/api/reviews/" + articleId;
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (System.nanoTime() < deadline) {
            HttpResult trail = http.get(url, REVIEWER);
            if (trail.status() == 200) {
                for (JsonNode step : trail.json().path("steps")) {
                    if ("TASK_OPENED".equals(step.path("step").asText()) && step.hasNonNull("taskId")) {
                        return step.path("taskId").asText();
                    }
                }
            }
            Thread.sleep(20);
        }
        throw new IllegalStateException("no review task for article " + articleId + " within " + PATIENCE);
    }

}
