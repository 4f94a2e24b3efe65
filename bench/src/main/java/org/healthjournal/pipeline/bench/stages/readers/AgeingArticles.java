package org.healthjournal.pipeline.bench.stages.readers;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.awaitility.Awaitility;
import org.healthjournal.pipeline.bench.load.SampleDraft;
import org.healthjournal.pipeline.devstack.LocalStack;
import org.healthjournal.pipeline.faults.client.HttpResult;
import org.healthjournal.pipeline.faults.client.StaffHttp;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The readers' pages need something to show: a few articles in category "Ageing" published
 * through the real pipeline — alice submits, a reviewer approves through the task API (drcarol
 * signs a second review if the checks ask for one), the publisher renders the page and the
 * notifier puts it into the feed. The fault suite's {@code Writer} files every draft under
 * "Nutrition" and its {@code Reviewer} reads the whole, unfiltered inbox (which holds the ingest
 * stage's thousands of drafts by now), so this uses their {@link StaffHttp} directly with the
 * "Ageing" category and the task API's category filter.
 */
final class AgeingArticles {

    static final String CATEGORY = "Ageing";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> REVIEWERS = List.of("drbob", "drcarol");
    private static final Duration PATIENCE = Duration.ofSeconds(180);

    private final StaffHttp http = new StaffHttp();
    private final LocalStack stack;

    AgeingArticles(LocalStack stack) {
        this.stack = stack;
    }

    /** Publishes {@code count} articles and waits for their pages and their feed entries; returns their slugs. */
    List<String> publish(int count, String runId) throws IOException {
        Map<String, String> titles = new LinkedHashMap<>();
        for (int i = 1; i <= count; i++) {
            String title = "Walking in later life, bench " + runId + " #" + i;
            HttpResult submitted = http.post(stack.ingestUrl() + "/api/drafts", SampleDraft.draft(title, CATEGORY), "alice");
            if (submitted.status() != 202) {
                throw new IllegalStateException("ingest refused the readers' article: " + submitted);
            }
            titles.put(submitted.json().path("articleId").asText(), title);
        }
        approveAll(titles.keySet());
        List<String> slugs = new ArrayList<>();
        for (Map.Entry<String, String> article : titles.entrySet()) {
            String slug = Awaitility.await("the page of " + article.getValue()).atMost(PATIENCE)
                    .pollInterval(Duration.ofMillis(300)).ignoreExceptions()
                    .until(() -> published(article.getKey()), found -> found != null);
            slugs.add(slug);
            Awaitility.await("the feed entry of " + article.getValue()).atMost(PATIENCE)
                    .pollInterval(Duration.ofMillis(300)).ignoreExceptions()
                    .until(() -> http.get(stack.notifierUrl() + "/feed.xml", null).body().contains(slug));
        }
        return slugs;
    }

    private String published(String articleId) throws IOException {
        HttpResult summary = http.get(stack.publisherUrl() + "/api/articles/" + articleId, "alice");
        if (summary.status() != 200) {
            return null;
        }
        String slug = summary.json().path("slug").asText();
        HttpResult page = http.get(stack.publisherUrl() + "/articles/" + slug, null);
        return page.status() == 200 ? slug : null;
    }

    /** Approves every open review task of {@code articleIds} until none is left open. */
    private void approveAll(Set<String> articleIds) {
        Set<String> decided = new HashSet<>();
        Set<String> seenOnce = new HashSet<>();
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (System.nanoTime() < deadline) {
            boolean open = false;
            for (String reviewer : REVIEWERS) {
                for (JsonNode task : openTasks(reviewer)) {
                    String taskId = task.path("taskId").asText();
                    if (!articleIds.contains(task.path("articleId").asText()) || decided.contains(taskId)) {
                        continue;
                    }
                    open = true;
                    seenOnce.add(task.path("articleId").asText());
                    if (approve(reviewer, taskId)) {
                        decided.add(taskId);
                    }
                }
            }
            if (!open && seenOnce.containsAll(articleIds)) {
                return;
            }
            pause();
        }
        throw new IllegalStateException("the readers' articles were not all approved within " + PATIENCE.toSeconds()
                + " s (tasks seen for " + seenOnce.size() + " of " + articleIds.size() + ")");
    }

    private JsonNode openTasks(String reviewer) {
        try {
            HttpResult tasks = http.get(stack.reviewWorkflowUrl() + "/api/tasks?page=0&size=200&category="
                    + URLEncoder.encode(CATEGORY, StandardCharsets.UTF_8), reviewer);
            return tasks.status() == 200 ? tasks.json().path("items") : JSON.createArrayNode();
        } catch (IOException e) {
            return JSON.createArrayNode();
        }
    }

    /** True once the decision is recorded; false when this reviewer may not sign it (four eyes) or it failed. */
    private boolean approve(String reviewer, String taskId) {
        try {
            HttpResult result = http.post(stack.reviewWorkflowUrl() + "/api/tasks/" + taskId + "/decision",
                    JSON.createObjectNode().put("decision", "APPROVE").put("comments", "Evidence stated honestly."),
                    reviewer);
            return result.status() == 200;
        } catch (IOException e) {
            return false;
        }
    }

    private static void pause() {
        try {
            Thread.sleep(300);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }
}
