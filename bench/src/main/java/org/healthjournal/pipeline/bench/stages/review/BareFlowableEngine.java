package org.healthjournal.pipeline.bench.stages.review;

import org.flowable.common.engine.impl.history.HistoryLevel;
import org.flowable.engine.ProcessEngine;
import org.flowable.engine.delegate.JavaDelegate;
import org.flowable.engine.delegate.TaskListener;
import org.flowable.engine.impl.cfg.StandaloneProcessEngineConfiguration;
import org.healthjournal.pipeline.events.ArticleContent;
import org.healthjournal.pipeline.events.EventCodec;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The review row's floor: a plain Flowable {@link ProcessEngine} (no Spring) on its own fresh
 * database on the same server, deploying review-workflow's own BPMN files from its jar, with every
 * delegate the process names replaced by a no-op (the checks delegate only says "no blockers", which
 * the gateway after it needs). It starts instances as review-workflow's starter does (business key,
 * name, the same variables) from as many threads as the service has consumers.
 */
final class BareFlowableEngine implements AutoCloseable {

    static final String PROCESS_KEY = "medicalReview";
    static final List<String> BPMN_RESOURCES = List.of("processes/medical-review.bpmn20.xml",
            "processes/revision-deadline.bpmn20.xml", "processes/periodic-review.bpmn20.xml");

    private final ProcessEngine engine;

    BareFlowableEngine(String jdbcUrl, String username, String password) {
        StandaloneProcessEngineConfiguration configuration = new StandaloneProcessEngineConfiguration();
        configuration.setJdbcUrl(jdbcUrl);
        configuration.setJdbcUsername(username);
        configuration.setJdbcPassword(password == null ? "" : password);
        configuration.setJdbcDriver(jdbcUrl.startsWith("jdbc:postgresql:") ? "org.postgresql.Driver" : "org.h2.Driver");
        configuration.setDatabaseSchemaUpdate("true");
        // as review-workflow runs it: history level audit; its timers (2-day SLA) never fire during a run
        configuration.setHistoryLevel(HistoryLevel.AUDIT);
        configuration.setAsyncExecutorActivate(false);
        configuration.setBeans(noOpBeans());
        engine = configuration.buildProcessEngine();
        var deployment = engine.getRepositoryService().createDeployment().name("bench floor");
        BPMN_RESOURCES.forEach(deployment::addClasspathResource);
        deployment.deploy();
    }

    /** The beans the BPMN expressions name, each doing nothing. */
    static Map<Object, Object> noOpBeans() {
        JavaDelegate nothing = execution -> {
        };
        TaskListener noListener = task -> {
        };
        Map<Object, Object> beans = new HashMap<>();
        beans.put("automatedChecks", (JavaDelegate) execution -> execution.setVariable("checksFoundBlockers", false));
        beans.put("recordReviewTask", noListener);
        for (String delegate : List.of("escalateReview", "publishApproval", "publishChangesRequest",
                "publishRejection", "publishConfirmation", "publishRetraction", "publishWithdrawal",
                "announcePeriodicReview")) {
            beans.put(delegate, nothing);
        }
        beans.put("reviewSettings", new ReviewSettings());
        return beans;
    }

    /** What {@code ${reviewSettings.sla}} reads: review-workflow's default SLA. */
    public static final class ReviewSettings {
        public String getSla() {
            return "P2D";
        }

        public String getWithdrawAfter() {
            return "P30D";
        }
    }

    /**
     * Starts one review per article from {@code threads} threads and returns once every one has
     * started (its task exists: the engine creates it in the start transaction).
     */
    void startReviews(List<Map<String, Object>> reviews, int threads) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            AtomicInteger next = new AtomicInteger();
            List<Future<?>> workers = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                workers.add(pool.submit(() -> {
                    for (int i = next.getAndIncrement(); i < reviews.size(); i = next.getAndIncrement()) {
                        Map<String, Object> variables = reviews.get(i);
                        engine.getRuntimeService().createProcessInstanceBuilder()
                                .processDefinitionKey(PROCESS_KEY)
                                .businessKey((String) variables.get("articleId"))
                                .name((String) variables.get("title"))
                                .variables(variables)
                                .start();
                    }
                    return null;
                }));
            }
            for (Future<?> worker : workers) {
                worker.get();
            }
        } finally {
            pool.shutdownNow();
        }
    }

    long openTasks(String category) {
        return engine.getTaskService().createTaskQuery()
                .processVariableValueEqualsIgnoreCase("category", category).count();
    }

    /** The variables review-workflow's starter gives a new review. */
    static Map<String, Object> variables(String articleId, String author, String correlationId,
                                         ArticleContent content) {
        Map<String, Object> variables = new HashMap<>();
        variables.put("articleId", articleId);
        variables.put("articleVersion", 1);
        variables.put("author", author);
        variables.put("title", content.title());
        variables.put("category", content.category());
        variables.put("correlationId", correlationId);
        try {
            variables.put("content", EventCodec.mapper().writeValueAsString(content));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        return variables;
    }

    @Override
    public void close() {
        engine.close();
    }
}
