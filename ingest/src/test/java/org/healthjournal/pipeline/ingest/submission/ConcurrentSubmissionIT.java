package org.healthjournal.pipeline.ingest.submission;

import org.healthjournal.pipeline.events.DraftSubmitted;
import org.healthjournal.pipeline.events.EventCodec;
import org.healthjournal.pipeline.ingest.IngestIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Writers submitting at the same moment share transactions (group commit, on the test database,
 * PostgreSQL when reachable): still every draft gets its text, its history row and exactly one
 * {@code DraftSubmitted} of its own, and one Idempotency-Key still creates one draft.
 */
class ConcurrentSubmissionIT extends IngestIntegrationTest {

    private static final int WRITERS = 24;

    @Autowired
    DraftSubmissions submissions;

    @Autowired
    DraftReader reader;

    @Autowired
    JdbcClient jdbc;

    @Test
    void draftsSubmittedAtTheSameMomentEachCommitWithTheirOwnTextHistoryAndEvent() throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 8);
        List<SubmissionReceipt> receipts = allAtOnce(i -> submissions.submit("alice",
                reader.json(json.writeValueAsBytes(draft("Concurrent " + run + " #" + i))), null));

        Set<String> articleIds = new HashSet<>();
        receipts.forEach(receipt -> articleIds.add(receipt.articleId()));
        assertThat(articleIds).hasSize(WRITERS);
        for (int i = 0; i < WRITERS; i++) {
            String articleId = receipts.get(i).articleId();
            String title = "Concurrent " + run + " #" + i;
            assertThat(jdbc.sql("select title from draft where article_id = ?").param(articleId)
                    .query(String.class).single()).isEqualTo(title);
            assertThat(jdbc.sql("select content_json from draft_version where article_id = ? and version = 1")
                    .param(articleId).query(String.class).single()).contains(title);
            assertThat(jdbc.sql("select status from draft_status_history where article_id = ?").param(articleId)
                    .query(String.class).list()).containsExactly("SUBMITTED");
            List<String> events = jdbc.sql("select payload from outbox_event where record_key = ?").param(articleId)
                    .query(String.class).list();
            assertThat(events).singleElement().satisfies(payload ->
                    assertThat(EventCodec.fromJson(payload.getBytes(StandardCharsets.UTF_8)).orElseThrow())
                            .isInstanceOfSatisfying(DraftSubmitted.class, event -> {
                                assertThat(event.articleId()).isEqualTo(articleId);
                                assertThat(event.content().title()).isEqualTo(title);
                            }));
        }
    }

    @Test
    void oneIdempotencyKeySentByManyAtOnceCreatesOneDraft() throws Exception {
        String key = UUID.randomUUID().toString();
        String title = "One key, many tries " + key.substring(0, 8);
        byte[] body = json.writeValueAsBytes(draft(title));

        List<SubmissionReceipt> receipts = allAtOnce(i -> submissions.submit("alice", reader.json(body), key));

        assertThat(receipts).extracting(SubmissionReceipt::articleId).containsOnly(receipts.get(0).articleId());
        assertThat(jdbc.sql("select count(*) from draft where title = ?").param(title).query(Long.class).single())
                .isOne();
        assertThat(jdbc.sql("select count(*) from outbox_event where record_key = ?")
                .param(receipts.get(0).articleId()).query(Long.class).single()).isOne();
    }

    private List<SubmissionReceipt> allAtOnce(Submission submission) throws Exception {
        ExecutorService writers = Executors.newFixedThreadPool(WRITERS);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<SubmissionReceipt>> futures = new ArrayList<>();
            for (int i = 0; i < WRITERS; i++) {
                int index = i;
                futures.add(writers.submit((Callable<SubmissionReceipt>) () -> {
                    start.await();
                    return submission.submit(index);
                }));
            }
            start.countDown();
            List<SubmissionReceipt> receipts = new ArrayList<>();
            for (Future<SubmissionReceipt> future : futures) {
                receipts.add(future.get(60, TimeUnit.SECONDS));
            }
            return receipts;
        } finally {
            writers.shutdownNow();
        }
    }

    @FunctionalInterface
    private interface Submission {
        SubmissionReceipt submit(int index) throws Exception;
    }
}
