package org.healthjournal.pipeline.bench.stages.fanout;

import com.fasterxml.jackson.databind.JsonNode;
import org.healthjournal.pipeline.bench.BenchContext;
import org.healthjournal.pipeline.bench.Figure;
import org.healthjournal.pipeline.bench.Row;
import org.healthjournal.pipeline.bench.Stage;
import org.healthjournal.pipeline.bench.Target;
import org.healthjournal.pipeline.bench.events.BenchArticles;
import org.healthjournal.pipeline.bench.events.ConsumerLag;
import org.healthjournal.pipeline.bench.events.EventInjector;
import org.healthjournal.pipeline.bench.mail.SinkInbox;
import org.healthjournal.pipeline.bench.mail.SinkMail;
import org.healthjournal.pipeline.bench.mail.SinkSubscriber;
import org.healthjournal.pipeline.bench.mail.SmtpSink;
import org.healthjournal.pipeline.devstack.services.Service;
import org.healthjournal.pipeline.events.Topics;
import org.healthjournal.pipeline.faults.client.HttpResult;
import org.healthjournal.pipeline.faults.client.StaffHttp;
import org.healthjournal.pipeline.faults.stack.ServiceDatabases;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Fan-out: N confirmed subscribers of "Sleep" (stored as the notifier stores them), one
 * {@code ArticlePublished} in "Sleep" onto {@code editorial.published}, and the clock stops when
 * the delivery ledger says every mail is sent ({@code GET /api/deliveries/{articleId}}: sent ==
 * audience) — the ledger rows, the personal links in each mail and SMTP into smtp-sink included.
 * Beside it, smtp-source sends as many messages of the same size over as many connections as the
 * notifier's senders into the same sink.
 */
public final class FanOutStage implements Stage {

    static final String CATEGORY = "Sleep";
    static final String CATEGORY_SLUG = "sleep";
    private static final String EDITOR = "erin";
    /** The notifier's {@code pipeline.notifier.sender.connections} default (its application.yml). */
    static final String NOTIFIER_DEFAULT_CONNECTIONS = "12";
    /** The notifier's {@code pipeline.notifier.sender.batch-size} default (its application.yml). */
    static final String NOTIFIER_DEFAULT_BATCH_SIZE = "100";
    /** Untimed announcements (and smtp-source runs) before the measured ones. */
    static final int WARM_UP_ROUNDS = 3;

    @Override
    public String name() {
        return "fanout";
    }

    @Override
    public List<Row> run(BenchContext context) throws Exception {
        int subscribers = context.options().subscribers();
        StaffHttp http = new StaffHttp();
        SinkInbox inbox = new SinkInbox(SmtpSink.dumpDir(context.stack().dataDir()));
        Map<String, String> notifierSettings = context.stack().settings().extraProperties(Service.NOTIFIER);
        // unless the bench set them: the notifier's defaults (pipeline.notifier.sender.* in its
        // application.yml), which the floor must follow, connection for connection
        int connections = Integer.parseInt(notifierSettings.getOrDefault("pipeline.notifier.sender.connections",
                NOTIFIER_DEFAULT_CONNECTIONS));
        String batchSize = notifierSettings.getOrDefault("pipeline.notifier.sender.batch-size",
                NOTIFIER_DEFAULT_BATCH_SIZE);
        String pollInterval = notifierSettings.getOrDefault("pipeline.notifier.sender.poll-interval", "1s");
        int sinkPort = Integer.parseInt(notifierSettings.get("spring.mail.port"));

        String run = UUID.randomUUID().toString().substring(0, 6);
        List<String> addresses = SubscriberSeeder.addresses(run, subscribers);
        long seedStart = System.nanoTime();
        String seeding = seed(context, http, inbox, addresses);
        context.progress("fanout: %d confirmed subscribers of %s %s in %.1f s", subscribers, CATEGORY, seeding,
                (System.nanoTime() - seedStart) / 1e9);
        try (ConsumerLag lag = new ConsumerLag(context.stack().kafkaBootstrapServers())) {
            lag.awaitCaughtUp("notifier", Topics.PUBLISHED, Duration.ofMinutes(5));
        }

        List<Double> pipeline = new ArrayList<>();
        List<Double> floor = new ArrayList<>();
        long mailBytes = 0;
        long audience = 0;
        try (EventInjector injector = new EventInjector(context.stack().kafkaBootstrapServers())) {
            // untimed rounds first, on both sides, as every other stage has: in a run without them, the
            // first repetition sent at less than half the rate of the fifth (the notifier's JIT was still
            // compiling the mail path), while smtp-source, a C program, ran at full speed from the start;
            // after one such round the first repetition still sent at two thirds of the rate of the third
            long warmUpBytes = 0;
            for (int round = 1; round <= WARM_UP_ROUNDS; round++) {
                String title = "Evening light and sleep quality, fan-out " + run + " warm-up " + round;
                announce(context, http, injector, title, subscribers);
                if (warmUpBytes == 0) {
                    warmUpBytes = sizeOfOneMail(inbox, title, addresses.get(0));
                }
                SmtpSourceFloor.run(connections, subscribers, warmUpBytes, sinkPort);
            }
            context.progress("fanout: warm-up, %d announcements to %d subscribers and as many smtp-source runs"
                    + " (untimed)", WARM_UP_ROUNDS, subscribers);
            for (int rep = 1; rep <= context.options().repetitions(); rep++) {
                String title = "Evening light and sleep quality, fan-out " + run + " " + rep;
                long start = System.nanoTime();
                JsonNode counts = announce(context, http, injector, title, subscribers);
                double seconds = (System.nanoTime() - start) / 1e9;
                audience = counts.path("audience").asLong();
                long sent = counts.path("sent").asLong();
                pipeline.add(sent / seconds);
                context.progress("fanout rep %d: %d of %d mails sent in %.2f s (%.0f/s)", rep, sent, audience, seconds,
                        sent / seconds);
                if (mailBytes == 0) {
                    mailBytes = sizeOfOneMail(inbox, title, addresses.get(0));
                }
                double floorSeconds = SmtpSourceFloor.run(connections, subscribers, mailBytes, sinkPort);
                floor.add(subscribers / floorSeconds);
                context.progress("fanout floor rep %d: smtp-source sent %d × %d bytes over %d connections in %.2f s"
                        + " (%.0f/s)", rep, subscribers, mailBytes, connections, floorSeconds, subscribers / floorSeconds);
            }
        }
        return List.of(Row.withFloor("fan-out",
                "e-mails/s to " + subscribers + " confirmed subscribers, ledger and personal links included",
                new Figure("e-mails/s", pipeline),
                "Postfix smtp-source, same connection count, into the same smtp-sink", new Figure("e-mails/s", floor),
                Target.ratioAtLeast(0.5),
                subscribers + " subscribers of " + CATEGORY + " only, " + seeding + "; audience " + audience
                        + "; one ArticlePublished per repetition onto " + Topics.PUBLISHED
                        + "; clock stops when GET /api/deliveries/{articleId} says sent == audience (polled every 100 ms)",
                "after " + WARM_UP_ROUNDS + " untimed announcements to the same subscribers and as many untimed"
                        + " smtp-source runs",
                "notifier sender: " + connections + " connections, batch size " + batchSize + ", poll interval "
                        + pollInterval + " (the service's defaults unless the bench set them)",
                "floor: smtp-source -s " + connections + " -m " + subscribers + " -l " + mailBytes
                        + " (the size of one article mail as the sink received it, without the sink's own headers);"
                        + " smtp-sink dumps every message to a file (-d), for both alike"));
    }

    private static String seed(BenchContext context, StaffHttp http, SinkInbox inbox, List<String> addresses)
            throws Exception {
        Optional<ServiceDatabases.Database> database = Optional.ofNullable(context.serviceDatabases().get(Service.NOTIFIER));
        if (database.isPresent()) {
            SubscriberSeeder.seed(database.get(), addresses, CATEGORY_SLUG, Instant.now().minusSeconds(60));
            return "bulk-inserted into the notifier's database as it stores confirmed subscribers";
        }
        SinkSubscriber reader = new SinkSubscriber(http, context.stack().notifierUrl(), inbox);
        for (String address : addresses) {
            reader.subscribeAndConfirm(address, List.of(CATEGORY), Duration.ofSeconds(60));
        }
        return "subscribed and confirmed through the notifier's API (no PostgreSQL: its H2 file is the notifier's alone)";
    }

    /** One ArticlePublished onto the topic, then waits until the notifier sent every mail of it. */
    private static JsonNode announce(BenchContext context, StaffHttp http, EventInjector injector, String title,
                                     int subscribers) throws Exception {
        String articleId = BenchArticles.newArticleId();
        injector.send(Topics.PUBLISHED, BenchArticles.published(articleId, title, CATEGORY,
                context.stack().publisherUrl()));
        return awaitAllSent(http, context.stack().notifierUrl(), articleId, subscribers);
    }

    private static JsonNode awaitAllSent(StaffHttp http, String notifierUrl, String articleId, int subscribers)
            throws Exception {
        Duration patience = Duration.ofSeconds(120 + subscribers / 10);
        long deadline = System.nanoTime() + patience.toNanos();
        JsonNode counts = null;
        while (System.nanoTime() < deadline) {
            HttpResult result = http.get(notifierUrl + "/api/deliveries/" + articleId, EDITOR);
            if (result.status() == 200) {
                counts = result.json();
                long audience = counts.path("audience").asLong();
                if (audience >= subscribers && counts.path("sent").asLong() >= audience) {
                    return counts;
                }
                if (audience > 0 && counts.path("pending").asLong() == 0) {
                    throw new IllegalStateException("the announcement ended with mails not sent: " + counts);
                }
            }
            Thread.sleep(100);
        }
        throw new IllegalStateException("not every mail was sent within " + patience + ": " + counts);
    }

    /** The size of the article's mail to {@code address} as the sink took it, without the sink's headers. */
    private static long sizeOfOneMail(SinkInbox inbox, String title, String address) throws InterruptedException {
        return inbox.await(mail -> mail.isTo(address) && title.equals(mail.subject()), Duration.ofSeconds(30),
                        Duration.ofMillis(50))
                .map(SinkMail::sizeBytes)
                .orElseThrow(() -> new IllegalStateException("the mail to " + address + " is not in the sink"));
    }
}
