package org.healthjournal.pipeline.support.kafka;

import org.healthjournal.pipeline.events.ArticleEvent;
import org.healthjournal.pipeline.support.SupportIntegrationTest;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A consumer on the test topic whose handler does what each test scripts for an article: fail a
 * few times, fail for good, or succeed. It records every attempt.
 */
@Component
class ScriptedConsumerRoute extends EventConsumerRouteBuilder {

    /** What the handler does with an event about one article. */
    @FunctionalInterface
    interface Script {
        void run(ArticleEvent event, int attempt) throws Exception;
    }

    private final Map<String, Script> scripts = new ConcurrentHashMap<>();
    private final Map<String, List<Long>> attempts = new ConcurrentHashMap<>();
    private final Map<String, List<ArticleEvent>> handled = new ConcurrentHashMap<>();

    @Override
    public void configure() {
        useDeadLetterTopic(SupportIntegrationTest.TEST_CONSUMER);
        fromEvents("support-test.topic", SupportIntegrationTest.TEST_CONSUMER, "support-test-consumer", this::handle);
    }

    void script(String articleId, Script script) {
        scripts.put(articleId, script);
    }

    List<Long> attemptTimes(String articleId) {
        return attempts.getOrDefault(articleId, List.of());
    }

    List<ArticleEvent> handled(String articleId) {
        return handled.getOrDefault(articleId, List.of());
    }

    private void handle(ArticleEvent event) throws Exception {
        List<Long> times = attempts.computeIfAbsent(event.articleId(), id -> new CopyOnWriteArrayList<>());
        times.add(System.nanoTime());
        Script script = scripts.get(event.articleId());
        if (script != null) {
            script.run(event, times.size());
        }
        handled.computeIfAbsent(event.articleId(), id -> new CopyOnWriteArrayList<>()).add(event);
    }
}
