package org.healthjournal.pipeline.review.intake;

import org.apache.camel.CamelContext;
import org.apache.camel.Route;
import org.flowable.engine.HistoryService;
import org.flowable.engine.runtime.ProcessInstance;
import org.healthjournal.pipeline.events.DraftSubmitted;
import org.healthjournal.pipeline.review.ReviewWorkflowTestBase;
import org.healthjournal.pipeline.review.TestDrafts;
import org.healthjournal.pipeline.review.process.MedicalReviewProcess;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** The started_review table: the drafts consumer's idempotency check, kept with the review it records. */
class StartedReviewsIT extends ReviewWorkflowTestBase {

    @Autowired
    MedicalReviewStarter starter;
    @Autowired
    HistoryService history;
    @Autowired
    JdbcClient db;
    @Autowired
    CamelContext camel;
    @Value("${pipeline.review.intake.consumers}")
    int consumers;

    @Test
    void startingAReviewRecordsItsArticleVersionWithTheProcessInstance() {
        DraftSubmitted draft = TestDrafts.by("alice");

        ProcessInstance review = starter.startFor(draft).orElseThrow();

        assertThat(db.sql("select process_instance_id from started_review where article_id = ? and article_version = 1")
                .param(draft.articleId()).query(String.class).list()).containsExactly(review.getId());
    }

    @Test
    void aVersionOlderThanTheNewestStartedOneStartsNoReviewNorEndsTheNewerOne() {
        DraftSubmitted first = TestDrafts.by("alice");
        DraftSubmitted revision = TestDrafts.revisionOf(first);
        String newer = starter.startFor(revision).orElseThrow().getId();

        assertThat(starter.startFor(first)).isEmpty();

        assertThat(history.createHistoricProcessInstanceQuery().processInstanceBusinessKey(first.articleId())
                .list()).singleElement().satisfies(review -> {
                    assertThat(review.getId()).isEqualTo(newer);
                    assertThat(review.getEndTime()).isNull();
                });
    }

    @Test
    void twoCopiesOfOneDraftHandledAtOnceStartOneReview() throws Exception {
        DraftSubmitted draft = TestDrafts.by("alice");
        CyclicBarrier together = new CyclicBarrier(2);
        Callable<Optional<ProcessInstance>> start = () -> {
            together.await(10, TimeUnit.SECONDS);
            return starter.startFor(draft);
        };
        ExecutorService twoConsumers = Executors.newFixedThreadPool(2);
        List<Future<Optional<ProcessInstance>>> copies = new ArrayList<>();
        try {
            copies.add(twoConsumers.submit(start));
            copies.add(twoConsumers.submit(start));
            int started = 0;
            for (Future<Optional<ProcessInstance>> copy : copies) {
                try {
                    started += copy.get(30, TimeUnit.SECONDS).isPresent() ? 1 : 0;
                } catch (java.util.concurrent.ExecutionException refused) {
                    // the loser's insert hit the primary key: its transaction (and its review) rolled
                    // back, and the consumer retries it, when it finds the winner's row
                }
            }
            assertThat(started).isEqualTo(1);
        } finally {
            twoConsumers.shutdownNow();
        }

        assertThat(history.createHistoricProcessInstanceQuery().processDefinitionKey(MedicalReviewProcess.KEY)
                .processInstanceBusinessKey(draft.articleId()).count()).isEqualTo(1);
        assertThat(starter.startFor(draft)).isEmpty();
    }

    @Test
    void theDraftsTopicIsReadByOneRoutePerConfiguredConsumerInOneGroup() {
        assertThat(consumers).isGreaterThan(1);
        List<String> intakeRoutes = camel.getRoutes().stream()
                .map(Route::getRouteId)
                .filter(id -> id.startsWith(DraftIntakeRoute.ROUTE_ID))
                .sorted()
                .toList();

        assertThat(intakeRoutes).hasSize(consumers).contains(DraftIntakeRoute.ROUTE_ID,
                DraftIntakeRoute.routeId(consumers));
        assertThat(camel.getRoutes()).filteredOn(route -> intakeRoutes.contains(route.getRouteId()))
                .allSatisfy(route -> assertThat(route.getEndpoint().getEndpointUri())
                        .contains("groupId=" + DraftIntakeRoute.CONSUMER));
    }
}
