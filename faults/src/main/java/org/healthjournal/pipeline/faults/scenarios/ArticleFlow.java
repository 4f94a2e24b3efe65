package org.healthjournal.pipeline.faults.scenarios;

import org.healthjournal.pipeline.faults.client.Backoff;
import org.healthjournal.pipeline.faults.client.Reviewer;
import org.healthjournal.pipeline.faults.client.Submission;
import org.healthjournal.pipeline.faults.client.Writer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/**
 * Writers submit {@code count} drafts (a few in parallel, as a newsroom would) while a reviewer
 * approves each as soon as its task appears; both retry through restarts like real clients.
 * Returns once every accepted draft is approved, or the patience ran out.
 */
public final class ArticleFlow {

    private static final Logger log = LoggerFactory.getLogger(ArticleFlow.class);
    private static final int WRITER_THREADS = 3;
    /** How long one writer keeps trying one draft: longer than any outage the suite causes. */
    private static final Duration WRITER_PATIENCE = Duration.ofMinutes(3);

    private final SuiteContext context;

    public ArticleFlow(SuiteContext context) {
        this.context = context;
    }

    public ArticleFlowResult run(String label, int count, Duration patience) {
        ExecutorService writers = Executors.newFixedThreadPool(WRITER_THREADS, runnable -> {
            Thread thread = new Thread(runnable, "writer-" + label);
            thread.setDaemon(true);
            return thread;
        });
        Set<String> accepted = ConcurrentHashMap.newKeySet();
        List<Future<Submission>> submitted = new ArrayList<>();
        List<String> titles = new ArrayList<>();
        List<String> users = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            String user = SuiteContext.WRITERS.get(i % SuiteContext.WRITERS.size());
            String title = "Fault " + context.runId() + " " + label + " #" + i
                    + ": does a short daily walk lower blood pressure?";
            titles.add(title);
            users.add(user);
            Writer writer = new Writer(context.http(), context.stack().ingestUrl(), user, WRITER_PATIENCE);
            submitted.add(writers.submit(() -> {
                Submission submission = writer.submit(title);
                if (submission.accepted()) {
                    accepted.add(submission.articleId());
                }
                return submission;
            }));
        }
        writers.shutdown();

        Reviewer reviewer = new Reviewer(context.http(), context.stack().reviewWorkflowUrl(), SuiteContext.REVIEWER);
        long deadline = System.nanoTime() + patience.toNanos();
        int failedPasses = 0;
        while (System.nanoTime() < deadline) {
            boolean answered = reviewer.approvePass(Set.copyOf(accepted));
            failedPasses = answered ? 0 : failedPasses + 1;
            if (writers.isTerminated() && reviewer.approved().containsAll(accepted)) {
                break;
            }
            Backoff.pause(answered ? Duration.ofMillis(300) : Backoff.after(failedPasses));
        }
        List<Submission> submissions = new ArrayList<>();
        for (int i = 0; i < submitted.size(); i++) {
            try {
                submissions.add(submitted.get(i).get(
                        Math.max(1, TimeUnit.NANOSECONDS.toSeconds(deadline - System.nanoTime())), TimeUnit.SECONDS));
            } catch (Exception e) {
                // counted as a draft that was never accepted, so that it shows in the figures
                log.warn("{}: a writer did not finish: {}", label, e.toString());
                submissions.add(new Submission(titles.get(i), users.get(i), null, false, 0, e.toString()));
            }
        }
        writers.shutdownNow();
        Set<String> approved = reviewer.approved().stream().filter(accepted::contains).collect(Collectors.toSet());
        log.info("{}: {} drafts, {} accepted, {} approved", label, count, accepted.size(), approved.size());
        return new ArticleFlowResult(submissions, approved);
    }
}
