package org.healthjournal.pipeline.faults.scenarios;

import org.awaitility.Awaitility;
import org.awaitility.core.ConditionTimeoutException;
import org.healthjournal.pipeline.faults.kafka.DeadLetterSeen;
import org.healthjournal.pipeline.faults.kafka.InjectedPoison;
import org.healthjournal.pipeline.faults.kafka.PoisonInjector;
import org.healthjournal.pipeline.faults.kafka.PoisonKind;
import org.healthjournal.pipeline.faults.kafka.PoisonTopic;
import org.healthjournal.pipeline.faults.report.Figure;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;

/**
 * Poison (about 1% of the records, at least one of each kind per topic) is sent to every topic
 * while good articles flow. Each poison record must land on the dead-letter topic once per
 * consumer group that reads its topic, with the reason, and must not hold its partition up.
 *
 * <p>Stall: for each poison record and each consumer group, the time from the broker's
 * acknowledgement of the poison until that group's dead letter for it appeared on the dead-letter
 * topic. A consumer reaches the poison, dead-letters it and commits past it in that time, so it
 * bounds how long the poison held its partition up (records behind it wait at most that long).
 */
public final class PoisonScenario implements Scenario {

    private static final double STALL_LIMIT_SECONDS = 10;

    @Override
    public String name() {
        return "4 poison records";
    }

    @Override
    public String description() {
        return "malformed JSON, unknown type without envelope, schema-invalid and unknown schemaVersion on every topic";
    }

    @Override
    public Outcome run(SuiteContext context) throws Exception {
        int articles = context.options().poisonArticles();
        // one good record per article on each topic; at least one poison record of every kind
        int perTopic = Math.max(PoisonKind.values().length, (int) Math.ceil(articles * 0.01));
        List<InjectedPoison> injected = new CopyOnWriteArrayList<>();
        BackgroundFault poison = BackgroundFault.start("poison", () -> {
            long windowMillis = context.options().killWindow().toMillis();
            try (PoisonInjector injector = new PoisonInjector(context.stack().kafkaBootstrapServers())) {
                for (int i = 0; i < perTopic; i++) {
                    // spread over the run, so poison meets good records on the same partitions
                    BackgroundFault.hold(Duration.ofMillis(windowMillis / perTopic));
                    PoisonKind kind = PoisonKind.values()[i % PoisonKind.values().length];
                    for (PoisonTopic topic : PoisonTopic.values()) {
                        String key = "poison-" + context.runId() + "-" + topic.name().toLowerCase() + "-" + i;
                        injected.add(injector.inject(topic, kind, key));
                    }
                }
            }
        });
        ArticleFlowResult flow = new ArticleFlow(context).run("poison", articles, context.options().patience());
        poison.finish();

        long expected = injected.stream().mapToLong(p -> p.topic().consumerGroups().size()).sum();
        String prefix = "poison-" + context.runId() + "-";
        try {
            Awaitility.await("the poison's dead letters").atMost(Duration.ofSeconds(60))
                    .pollInterval(Duration.ofMillis(500))
                    .until(() -> deadLettersOf(context, prefix).size() >= expected);
        } catch (ConditionTimeoutException e) {
            // counted below
        }
        List<DeadLetterSeen> letters = deadLettersOf(context, prefix);
        long withReason = letters.stream().filter(letter -> letter.error() != null && !letter.error().isBlank()
                && letter.consumer() != null && letter.originalTopic() != null).count();
        long matched = 0;
        double maxStall = 0;
        List<String> notes = new ArrayList<>();
        for (InjectedPoison sent : injected) {
            for (String group : sent.topic().consumerGroups()) {
                Optional<DeadLetterSeen> letter = letters.stream()
                        .filter(seen -> seen.key().equals(sent.key()) && group.equals(seen.consumer())
                                && sent.topic().topic().equals(seen.originalTopic()))
                        .findFirst();
                if (letter.isPresent()) {
                    matched++;
                    maxStall = Math.max(maxStall,
                            Duration.between(sent.sentAt(), letter.get().seenAt()).toMillis() / 1000.0);
                } else {
                    notes.add("no dead letter from " + group + " for " + sent.kind() + " on " + sent.topic().topic());
                }
            }
        }
        Map<PoisonKind, String> reasons = injected.stream().collect(Collectors.toMap(InjectedPoison::kind,
                sent -> letters.stream().filter(letter -> letter.key().equals(sent.key())).map(DeadLetterSeen::error)
                        .findFirst().orElse("(none)"), (first, second) -> first));
        reasons.forEach((kind, reason) -> notes.add(kind + " -> " + abbreviate(reason)));
        notes.add(injected.size() + " poison records on 3 topics; expected dead letters = 1 per record on "
                + "editorial.drafts (review-workflow) + 3 per record on editorial.reviews (publisher, ingest-status, "
                + "notifier-reviews) + 2 per record on editorial.published (notifier, ingest-status) = " + expected);

        PipelineFigures measured = new PipelineFigures(context);
        List<Figure> figures = new ArrayList<>();
        figures.add(Figure.countOf("dead letters/expected", letters.size(), expected));
        figures.add(Figure.countOf("poison matched per group", matched, expected));
        figures.add(Figure.countOf("dead letters with reason", withReason, letters.size()));
        figures.add(Figure.atMostSeconds("max poison stall", maxStall, STALL_LIMIT_SECONDS));
        figures.addAll(measured.measure(flow, context.options().patience()));
        notes.addAll(measured.notes());
        return new Outcome(figures, notes);
    }

    private static List<DeadLetterSeen> deadLettersOf(SuiteContext context, String prefix) {
        return context.watcher().deadLetters().stream()
                .filter(letter -> letter.key() != null && letter.key().startsWith(prefix)).toList();
    }

    private static String abbreviate(String text) {
        return text == null ? "(none)" : text.length() > 110 ? text.substring(0, 110) + "…" : text;
    }
}
