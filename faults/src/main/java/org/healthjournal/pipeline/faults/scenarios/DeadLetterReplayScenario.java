package org.healthjournal.pipeline.faults.scenarios;

import org.awaitility.Awaitility;
import org.healthjournal.pipeline.faults.client.HttpResult;
import org.healthjournal.pipeline.faults.client.Reviewer;
import org.healthjournal.pipeline.faults.client.Submission;
import org.healthjournal.pipeline.faults.client.Writer;
import org.healthjournal.pipeline.faults.kafka.DeadLetterSeen;
import org.healthjournal.pipeline.faults.kafka.PublishedSeen;
import org.healthjournal.pipeline.faults.report.Figure;
import org.healthjournal.pipeline.faults.stack.ServiceDatabases;
import org.healthjournal.pipeline.ops.OpsCommand;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A real transient cause outlasting the consumer's retries: the publisher's PostgreSQL database
 * refuses connections while an approval arrives, so the publisher retries (partition paused) and
 * then dead-letters the approval. Once the database is back, the operator replays the dead letter
 * with the documented command ({@code pipeline-ops dead-letters replay ID}): the article must be
 * published exactly once, and replaying the same dead letter again must change nothing.
 */
public final class DeadLetterReplayScenario implements Scenario {

    private static final Logger log = LoggerFactory.getLogger(DeadLetterReplayScenario.class);
    private static final Duration PATIENCE = Duration.ofMinutes(2);

    @Override
    public String name() {
        return "5 dead-letter replay";
    }

    @Override
    public String description() {
        return "approval dead-lettered while the publisher's database refused connections; replayed with pipeline-ops";
    }

    @Override
    public Outcome run(SuiteContext context) throws Exception {
        if (context.publisherDatabase().isEmpty() || context.databases().isEmpty()) {
            return new Outcome(List.of(new Figure("replay", "no PostgreSQL", "PostgreSQL at 127.0.0.1:5432", false)),
                    List.of("the database outage needs PostgreSQL (TEST_POSTGRES_URL); H2 cannot be told to refuse"));
        }
        ServiceDatabases databases = context.databases().get();
        ServiceDatabases.Database database = context.publisherDatabase().get();
        List<String> notes = new ArrayList<>();

        String title = "Fault " + context.runId() + " replay: is a daily walk as good as a pill?";
        Submission submission = new Writer(context.http(), context.stack().ingestUrl(), "alice", PATIENCE).submit(title);
        String articleId = Optional.ofNullable(submission.articleId())
                .orElseThrow(() -> new IllegalStateException("draft not accepted: " + submission.lastProblem()));
        Reviewer reviewer = new Reviewer(context.http(), context.stack().reviewWorkflowUrl(), SuiteContext.REVIEWER);

        databases.refuseConnections(database);
        DeadLetterSeen deadLetter;
        try {
            Awaitility.await("the approval of " + articleId).atMost(PATIENCE).pollInterval(Duration.ofMillis(500))
                    .until(() -> reviewer.approvePass(Set.of(articleId)) && reviewer.approved().contains(articleId));
            deadLetter = Awaitility.await("the publisher's dead letter for " + articleId).atMost(PATIENCE)
                    .pollInterval(Duration.ofMillis(500))
                    .until(() -> publisherDeadLetter(context, articleId), Optional::isPresent).orElseThrow();
            notes.add("approval dead-lettered as " + deadLetter.id() + ": " + abbreviate(deadLetter.error()));
        } finally {
            databases.allowConnections(database);
        }
        StackHealth.awaitAllUp(context, PATIENCE);
        long publishedBefore = publications(context, articleId);

        int firstExit = replay(context, deadLetter.id(), notes);
        Awaitility.await("publication after the replay").atMost(PATIENCE).pollInterval(Duration.ofMillis(500))
                .ignoreExceptions().until(() -> publications(context, articleId) >= 1 && pageExists(context, articleId));
        long afterFirst = publications(context, articleId);

        int secondExit = replay(context, deadLetter.id(), notes);
        // the second replay is in the topic once ops returns; give the publisher time to (not) act on it
        Awaitility.await("nothing new after the second replay").during(Duration.ofSeconds(8))
                .atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(500))
                .until(() -> publications(context, articleId) == afterFirst);
        long afterSecond = publications(context, articleId);
        long publisherDeadLetters = context.watcher().deadLetters().stream()
                .filter(letter -> articleId.equals(letter.key()) && "publisher".equals(letter.consumer())).count();

        List<Figure> figures = List.of(
                Figure.exactly("dead-lettered approvals", publisherDeadLetters, 1),
                Figure.exactly("published before replay", publishedBefore, 0),
                Figure.exactly("ops replay exit codes", firstExit + secondExit, 0),
                Figure.exactly("processed after replay", afterFirst, 1),
                Figure.exactly("processed after 2nd replay", afterSecond, 1));
        return new Outcome(figures, notes);
    }

    private static Optional<DeadLetterSeen> publisherDeadLetter(SuiteContext context, String articleId) {
        return context.watcher().deadLetters().stream()
                .filter(letter -> articleId.equals(letter.key()) && "publisher".equals(letter.consumer()))
                .findFirst();
    }

    /** ArticlePublished events for the article: how often the publisher processed its approval. */
    private static long publications(SuiteContext context, String articleId) {
        return context.watcher().published().stream().filter(event -> event.articleId().equals(articleId))
                .map(PublishedSeen::eventId).distinct().count();
    }

    private static boolean pageExists(SuiteContext context, String articleId) throws IOException {
        HttpResult article = context.http().get(context.stack().publisherUrl() + "/api/articles/" + articleId,
                SuiteContext.EDITOR);
        return article.status() == 200;
    }

    /** The operator's command, through its Java entry point (the same code as {@code java -jar pipeline-ops.jar}). */
    private static int replay(SuiteContext context, String deadLetterId, List<String> notes) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        String[] args = {"dead-letters", "replay", deadLetterId, "--consumer", "publisher",
                "--bootstrap", context.stack().kafkaBootstrapServers()};
        int exit = OpsCommand.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), Map.of());
        String printed = (out.toString(StandardCharsets.UTF_8) + err.toString(StandardCharsets.UTF_8)).strip();
        log.info("pipeline-ops {} -> {}: {}", String.join(" ", args), exit, printed);
        notes.add("pipeline-ops dead-letters replay " + deadLetterId + " --consumer publisher -> exit " + exit + ": "
                + abbreviate(printed));
        return exit;
    }

    private static String abbreviate(String text) {
        return text == null ? "(none)" : text.length() > 140 ? text.substring(0, 140) + "…" : text;
    }
}
