package org.healthjournal.pipeline.review.inbox;

import org.flowable.engine.ManagementService;
import org.flowable.engine.ProcessEngineConfiguration;
import org.flowable.engine.RuntimeService;
import org.flowable.engine.TaskService;
import org.healthjournal.pipeline.events.ArticleApproved;
import org.healthjournal.pipeline.events.DraftSubmitted;
import org.healthjournal.pipeline.review.ReviewClock;
import org.healthjournal.pipeline.review.ReviewWorkflowTestBase;
import org.healthjournal.pipeline.review.TestDrafts;
import org.healthjournal.pipeline.review.intake.MedicalReviewStarter;
import org.healthjournal.pipeline.events.ArticleEvent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.reset;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** What the reviewers' inbox pages show and refuse, without a browser. */
class InboxPagesIT extends ReviewWorkflowTestBase {

    private static final RequestPostProcessor DRBOB = user("drbob").roles("REVIEWER");
    /** Says something is a cure: a WARNING that makes the draft HIGH risk (and need a second reviewer). */
    private static final String RISKY_BODY = "## What did the review find?\n\n"
            + "Early-phase trials were small [1]. CAR-NK cells cure lymphoma [1].";

    @Autowired
    MedicalReviewStarter starter;
    @Autowired
    TaskService taskService;
    @Autowired
    RuntimeService runtime;
    @Autowired
    ProcessEngineConfiguration engine;
    @Autowired
    ManagementService management;

    ReviewClock clock;

    @BeforeEach
    void clock() {
        clock = new ReviewClock(engine, management);
    }

    @AfterEach
    void realTime() {
        clock.reset();
    }

    @Test
    void anAnonymousVisitorIsSentToSignInAndLandsOnTheQueueAfterwards() throws Exception {
        mvc.perform(get("/tasks")).andExpect(status().isFound()).andExpect(redirectedUrlPattern("**/login"));
        mvc.perform(get("/tasks/some-task")).andExpect(status().isFound()).andExpect(redirectedUrlPattern("**/login"));
        mvc.perform(get("/login")).andExpect(status().isOk())
                .andExpect(content().string(containsString("Medical review")));

        mvc.perform(formLogin("/login").user("drbob").password("drbob"))
                .andExpect(status().isFound()).andExpect(redirectedUrl("/tasks"));
        mvc.perform(formLogin("/login").user("drbob").password("wrong"))
                .andExpect(redirectedUrl("/login?error"));
    }

    @Test
    void theApiStaysHttpBasicWithoutASignInForm() throws Exception {
        mvc.perform(get("/api/tasks")).andExpect(status().isUnauthorized());
        mvc.perform(get("/api/tasks").with(httpBasic("drbob", "drbob"))).andExpect(status().isOk());
    }

    @Test
    void aWriterIsRefusedTheInbox() throws Exception {
        String taskId = openReviewOf(TestDrafts.by("dana"));

        mvc.perform(get("/tasks").with(user("alice").roles("WRITER")))
                .andExpect(status().isForbidden())
                .andExpect(content().string(containsString("Medical reviewers only")));
        mvc.perform(get("/tasks/{id}", taskId).with(user("alice").roles("WRITER")))
                .andExpect(status().isForbidden())
                .andExpect(content().string(not(containsString("Could CAR-NK"))));
        mvc.perform(post("/tasks/{id}/decision", taskId).with(user("alice").roles("WRITER")).with(csrf())
                        .param("decision", "APPROVE"))
                .andExpect(status().isForbidden());
        assertThat(taskService.createTaskQuery().taskId(taskId).count()).isEqualTo(1);
    }

    @Test
    void aDecisionWithoutTheFormsCsrfTokenIsRefused() throws Exception {
        String taskId = openReviewOf(TestDrafts.by("alice"));

        mvc.perform(post("/tasks/{id}/decision", taskId).with(DRBOB).param("decision", "APPROVE"))
                .andExpect(status().isForbidden());
        assertThat(taskService.createTaskQuery().taskId(taskId).count()).isEqualTo(1);
    }

    @Test
    void requestingChangesWithoutCommentsComesBackToThePageWithTheProblemAndTheTaskOpen() throws Exception {
        String taskId = openReviewOf(TestDrafts.by("alice"));

        mvc.perform(post("/tasks/{id}/decision", taskId).with(DRBOB).with(csrf())
                        .param("decision", "REQUEST_CHANGES").param("comments", "  "))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(allOf(containsString("id=\"comments-error\""),
                        containsString("the writer needs to know why"),
                        containsString("value=\"REQUEST_CHANGES\" id=\"decision-request-changes\" checked"))));
        mvc.perform(post("/tasks/{id}/decision", taskId).with(DRBOB).with(csrf()).param("decision", "0"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("id=\"decision-error\"")));
        assertThat(taskService.createTaskQuery().taskId(taskId).count()).isEqualTo(1);
    }

    @Test
    void aDecisionThatCannotBeQueuedComesBackToThePageAsNotRecordedWithTheTaskOpen() throws Exception {
        String taskId = openReviewOf(TestDrafts.by("alice"));
        doThrow(new DataAccessResourceFailureException("database connection lost"))
                .when(outbox).append(anyString(), any(ArticleEvent.class));
        try {
            mvc.perform(post("/tasks/{id}/decision", taskId).with(DRBOB).with(csrf())
                            .param("decision", "REQUEST_CHANGES").param("comments", "Cite the trial sizes."))
                    .andExpect(status().isServiceUnavailable())
                    .andExpect(content().string(allOf(containsString("could not be recorded just now"),
                            containsString("Cite the trial sizes."))));
        } finally {
            reset(outbox);
        }
        assertThat(taskService.createTaskQuery().taskId(taskId).singleResult().getAssignee()).isNull();
    }

    @Test
    void theWriterOfAnArticleIsToldOnThePageThatTheyCannotSignItsReview() throws Exception {
        String taskId = openReviewOf(TestDrafts.by("drcarol"));
        RequestPostProcessor drcarol = user("drcarol").roles("REVIEWER", "WRITER");

        mvc.perform(get("/tasks").with(drcarol))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString(taskId))));
        mvc.perform(get("/tasks/{id}", taskId).with(drcarol))
                .andExpect(status().isForbidden())
                .andExpect(content().string(allOf(containsString("the writer can never sign the medical review"),
                        not(containsString("id=\"decision-form\"")))));
        mvc.perform(post("/tasks/{id}/decision", taskId).with(drcarol).with(csrf()).param("decision", "APPROVE"))
                .andExpect(status().isForbidden())
                .andExpect(content().string(containsString("the writer can never sign the medical review")));
        assertThat(taskService.createTaskQuery().taskId(taskId).count()).isEqualTo(1);
    }

    @Test
    void aReviewerTakesATaskOnThePageAnotherIsToldWhoHoldsItAndTheTaskGoesBackToTheGroup() throws Exception {
        String taskId = openReviewOf(TestDrafts.by("alice"));
        var drdan = user("drdan").roles("REVIEWER");

        mvc.perform(get("/tasks/{id}", taskId).with(DRBOB)).andExpect(status().isOk())
                .andExpect(content().string(containsString("Take this task")));
        mvc.perform(post("/tasks/{id}/claim", taskId).with(DRBOB).with(csrf()))
                .andExpect(status().isFound()).andExpect(redirectedUrl("/tasks/" + taskId))
                .andExpect(flash().attribute("flash", "You took this task."));
        assertThat(taskService.createTaskQuery().taskId(taskId).singleResult().getAssignee()).isEqualTo("drbob");
        mvc.perform(get("/tasks/{id}", taskId).with(DRBOB)).andExpect(status().isOk())
                .andExpect(content().string(containsString("Give it back to the group")));

        mvc.perform(post("/tasks/{id}/claim", taskId).with(drdan).with(csrf()))
                .andExpect(status().isFound())
                .andExpect(flash().attribute("flash", containsString("drbob")));
        assertThat(taskService.createTaskQuery().taskId(taskId).singleResult().getAssignee()).isEqualTo("drbob");

        mvc.perform(post("/tasks/{id}/unclaim", taskId).with(DRBOB).with(csrf()))
                .andExpect(status().isFound())
                .andExpect(flash().attribute("flash", "You gave this task back to the group."));
        assertThat(taskService.createTaskQuery().taskId(taskId).singleResult().getAssignee()).isNull();
    }

    @Test
    void approvingOnThePageSignsTheReviewRedirectsToTheQueueAndASecondTryFindsItDecided() throws Exception {
        DraftSubmitted draft = TestDrafts.by("alice");
        String taskId = openReviewOf(draft);

        mvc.perform(post("/tasks/{id}/decision", taskId).with(DRBOB).with(csrf()).param("decision", "APPROVE"))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl("/tasks"))
                .andExpect(flash().attribute("flash", "You approved “Could CAR-NK cells follow CAR-T?” (version 1)."));
        assertThat(awaitReviewEvents(draft.articleId(), 1)).singleElement()
                .isInstanceOfSatisfying(ArticleApproved.class, approved -> assertThat(approved.reviewer()).isEqualTo("drbob"));

        mvc.perform(post("/tasks/{id}/decision", taskId).with(DRBOB).with(csrf()).param("decision", "APPROVE"))
                .andExpect(status().isNotFound())
                .andExpect(content().string(containsString("This review is not open")));
    }

    @Test
    void theQueueMarksOverdueAndHighRiskReviewsAndFiltersByRiskAndCategory() throws Exception {
        String category = "Queue " + UUID.randomUUID();
        String careful = openReviewOf(TestDrafts.inCategoryBy("alice", category));
        String risky = openReviewOf(TestDrafts.inCategory(TestDrafts.withContentBy("alice", RISKY_BODY), category));
        taskService.setDueDate(careful, Date.from(Instant.now().minus(Duration.ofHours(1))));

        String queue = queuePage(DRBOB, "category", category);
        assertThat(entry(queue, careful)).contains("Overdue").doesNotContain("High risk");
        assertThat(entry(queue, risky)).contains("High risk").doesNotContain("Overdue");
        assertThat(queue.indexOf(careful)).isLessThan(queue.indexOf(risky));
        assertThat(queue).contains("1–2 of 2 tasks").contains("<option value=\"" + category + "\"");

        mvc.perform(get("/tasks").param("category", category).param("risk", "HIGH").with(DRBOB))
                .andExpect(content().string(allOf(containsString(risky), not(containsString(careful)))));
        mvc.perform(get("/tasks").param("category", category).param("risk", "").with(DRBOB))
                .andExpect(content().string(allOf(containsString(risky), containsString(careful))));
        mvc.perform(get("/tasks").param("category", "Nutrition " + category).with(DRBOB))
                .andExpect(content().string(allOf(not(containsString(risky)), not(containsString(careful)),
                        containsString("No review is waiting for you."))));
    }

    @Test
    void theQueueShowsTwentyTasksAPageDueFirstWithLinksToTheNextAndPreviousPage() throws Exception {
        String category = "Paging " + UUID.randomUUID();
        List<String> tasks = new ArrayList<>();
        for (int i = 0; i < 21; i++) {
            tasks.add(openReviewOf(TestDrafts.inCategoryBy("alice", category)));
        }

        String first = queuePage(DRBOB, "category", category);
        assertThat(first).contains("1–20 of 21 tasks").contains("Page 1 of 2")
                .contains("href=\"/tasks?category=" + category.replace(" ", "%20") + "&amp;page=1\"")
                .doesNotContain("id=\"previous-page\"");
        for (String task : tasks.subList(0, 20)) {
            assertThat(first).contains("data-task-id=\"" + task + "\"");
        }
        assertThat(first.indexOf(tasks.get(0))).isLessThan(first.indexOf(tasks.get(19)));
        assertThat(first).doesNotContain(tasks.get(20));

        String second = queuePage(DRBOB, "category", category, "page", "1");
        assertThat(second).contains("21–21 of 21 tasks").contains("data-task-id=\"" + tasks.get(20) + "\"")
                .contains("id=\"previous-page\"").doesNotContain("id=\"next-page\"")
                .doesNotContain(tasks.get(0));
    }

    @Test
    void theQueueListsSecondReviewsAndPeriodicReReviewsLikeTheApiButNotTheSecondReviewOfOnesOwnApproval()
            throws Exception {
        String category = "Second " + UUID.randomUUID();
        DraftSubmitted risky = TestDrafts.inCategory(TestDrafts.withContentBy("alice", RISKY_BODY), category);
        String first = openReviewOf(risky);
        decideOverApi("drbob", first, "APPROVE");
        String second = taskService.createTaskQuery().processInstanceBusinessKey(risky.articleId()).singleResult().getId();
        DraftSubmitted careful = TestDrafts.inCategoryBy("alice", category);
        decideOverApi("drbob", openReviewOf(careful), "APPROVE");
        clock.advanceForArticle(Duration.ofDays(366), runtime, careful.articleId());
        String reReview = taskService.createTaskQuery().processInstanceBusinessKey(careful.articleId())
                .singleResult().getId();

        String drcarols = queuePage(user("drcarol").roles("REVIEWER", "WRITER"), "category", category);
        assertThat(entry(drcarols, second)).contains("Medical review (second reviewer)").contains("High risk");
        assertThat(entry(drcarols, reReview)).contains("Periodic re-review");
        String drbobs = queuePage(DRBOB, "category", category);
        assertThat(drbobs).doesNotContain(second).contains("1–1 of 1 task,");
        assertThat(entry(drbobs, reReview)).contains("Periodic re-review");

        // the API's page and array agree with the page: counts leave out what the caller may not sign
        mvc.perform(get("/api/tasks").param("page", "0").param("category", category).with(httpBasic("drbob", "drbob")))
                .andExpect(jsonPath("$.totalItems").value(1))
                .andExpect(jsonPath("$.items[0].taskId").value(reReview));
        mvc.perform(get("/api/tasks").param("page", "0").param("category", category)
                        .with(httpBasic("drcarol", "drcarol")))
                .andExpect(jsonPath("$.totalItems").value(2));
        mvc.perform(get("/api/tasks").with(httpBasic("drbob", "drbob")))
                .andExpect(jsonPath("$[*].taskId", allOf(hasItem(reReview), not(hasItem(second)))));
        mvc.perform(get("/tasks/{id}", reReview).with(DRBOB)).andExpect(status().isOk())
                .andExpect(content().string(containsString("value=\"CONFIRM\"")));
    }

    @Test
    void anEditorSeesTheOverdueTasksEscalatedToEditorsMarkedOverdueAndNothingElse() throws Exception {
        String category = "Escalated " + UUID.randomUUID();
        DraftSubmitted late = TestDrafts.inCategoryBy("alice", category);
        String lateProcess = starter.startFor(late).orElseThrow().getId();
        String lateTask = taskService.createTaskQuery().processInstanceId(lateProcess).singleResult().getId();
        String waiting = openReviewOf(TestDrafts.inCategoryBy("alice", category));
        RequestPostProcessor erin = user("erin").roles("EDITOR");
        assertThat(queuePage(erin, "category", category)).contains("No review is waiting for you.");

        assertThat(clock.advance(Duration.ofDays(2).plusMinutes(1), lateProcess)).isEqualTo(1);

        String queue = queuePage(erin, "category", category);
        assertThat(entry(queue, lateTask)).contains("Overdue");
        assertThat(queue).contains("class=\"overdue\"").doesNotContain(waiting).contains("1–1 of 1 task,");
        mvc.perform(get("/tasks/{id}", lateTask).with(erin)).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Overdue"), containsString("id=\"decision-form\""))));
        mvc.perform(get("/tasks/{id}", waiting).with(erin)).andExpect(status().isNotFound());
    }

    @Test
    void theTaskPageShowsTheDraftAsPublishedWithTheFindingMarkedInPlace() throws Exception {
        String taskId = openReviewOf(TestDrafts.withContentBy("alice", "## What did the review find?\n\n"
                + "Early-phase trials were small [1]. CAR-NK cells cure lymphoma [1].\n\n<script>alert('x')</script>"));

        mvc.perform(get("/tasks/{id}", taskId).with(DRBOB))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(
                        containsString("<h2>What did the review find?</h2>"),
                        containsString("<mark class=\"finding\" id=\"finding-1\">CAR-NK cells cure lymphoma"),
                        containsString("href=\"#finding-1\""),
                        containsString("id=\"ref-1\""),
                        not(containsString("<script>alert")),
                        not(containsString("id=\"changes\"")),
                        containsString("IN REVIEW"),
                        containsString("id=\"decision-form\""))));
    }

    /** The queue's list item of one task. */
    private static String entry(String queue, String taskId) {
        java.util.regex.Matcher item = java.util.regex.Pattern.compile(
                "<li[^>]*data-task-id=\"" + taskId + "\"[^>]*>(.*?)</li>", java.util.regex.Pattern.DOTALL).matcher(queue);
        assertThat(item.find()).as("task %s in the queue", taskId).isTrue();
        return item.group(1);
    }

    private String queuePage(RequestPostProcessor user, String... params) throws Exception {
        var request = get("/tasks").with(user);
        for (int i = 0; i < params.length; i += 2) {
            request.param(params[i], params[i + 1]);
        }
        return mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    private void decideOverApi(String reviewer, String taskId, String decision) throws Exception {
        mvc.perform(post("/api/tasks/{id}/decision", taskId).with(httpBasic(reviewer, reviewer))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"decision\":\"" + decision + "\"}"))
                .andExpect(status().isOk());
    }

    private String openReviewOf(DraftSubmitted draft) {
        String processId = starter.startFor(draft).orElseThrow().getId();
        return taskService.createTaskQuery().processInstanceId(processId).singleResult().getId();
    }
}
