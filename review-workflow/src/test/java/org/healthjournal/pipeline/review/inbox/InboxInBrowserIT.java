package org.healthjournal.pipeline.review.inbox;

import org.flowable.engine.TaskService;
import org.flowable.task.api.Task;
import org.healthjournal.pipeline.events.ArticleApproved;
import org.healthjournal.pipeline.events.ArticleEvent;
import org.healthjournal.pipeline.events.ChangesRequested;
import org.healthjournal.pipeline.events.DraftSubmitted;
import org.healthjournal.pipeline.review.ReviewWorkflowTestBase;
import org.healthjournal.pipeline.review.TestDrafts;
import org.healthjournal.pipeline.testkit.HeadlessChromium;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A medical reviewer's round trip in a real headless Chromium, on a phone-sized window with
 * JavaScript switched off (the pages need none).
 */
class InboxInBrowserIT extends ReviewWorkflowTestBase {

    @LocalServerPort
    int port;
    @Autowired
    TaskService taskService;

    private ChromeDriver browser;

    @BeforeEach
    void startBrowser() {
        browser = HeadlessChromium.startWithoutJavaScript(HeadlessChromium.PHONE_WIDTH, HeadlessChromium.PHONE_HEIGHT);
    }

    @AfterEach
    void stopBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void drbobRequestsChangesOnAFindingThenSeesAlicesRevisionAsADiffAndApprovesIt() throws Exception {
        // a category of its own, so the task is on the queue's first page whatever other tests left open
        String category = "Browser " + UUID.randomUUID();
        DraftSubmitted draft = TestDrafts.inCategory(TestDrafts.withContentBy("alice", "## What did the review find?\n\n"
                + "Early-phase trials were small [1]. CAR-NK cells cure lymphoma [1]."), category);
        sendDraft(draft);
        String firstTask = awaitOpenTask(draft.articleId(), 1);

        signInAs("drbob");
        new Select(browser.findElement(By.id("category"))).selectByValue(category);
        new Select(browser.findElement(By.id("risk"))).selectByValue("HIGH");
        HeadlessChromium.clickAndAwaitNextPage(browser, browser.findElement(By.id("apply-filters")));
        assertThat(browser.getCurrentUrl()).contains("risk=HIGH");
        assertThat(browser.findElement(By.cssSelector("li[data-task-id='" + firstTask + "']")).getText())
                .containsIgnoringCase("High risk").contains("1 finding").doesNotContain("1 findings");
        openTask(firstTask);
        assertThat(browser.findElement(By.id("findings")).getText()).contains("WARNING").contains("cure");
        assertThat(browser.findElement(By.id("finding-1")).getTagName()).isEqualTo("mark");
        assertThat(browser.findElement(By.id("finding-1")).getText()).isEqualTo("CAR-NK cells cure lymphoma [1].");
        assertThat(browser.findElements(By.id("changes"))).isEmpty();

        browser.findElement(By.id("decision-request-changes")).click();
        browser.findElement(By.id("comments")).sendKeys("Say that the trials were small; nothing cures lymphoma yet.");
        HeadlessChromium.clickAndAwaitNextPage(browser, browser.findElement(By.id("submit-decision")));
        assertThat(browser.getCurrentUrl()).endsWith("/tasks");
        assertThat(browser.findElement(By.id("flash")).getText()).startsWith("You requested changes to");
        assertThat(awaitReviewEvents(draft.articleId(), 1)).singleElement()
                .isInstanceOfSatisfying(ChangesRequested.class, changes -> {
                    assertThat(changes.reviewer()).isEqualTo("drbob");
                    assertThat(changes.comments()).contains("nothing cures lymphoma yet");
                });

        // alice's revision arrives as ingest sends it
        DraftSubmitted revision = TestDrafts.inCategory(TestDrafts.revisionOf(draft), category);
        sendDraft(revision);
        String secondTask = awaitOpenTask(draft.articleId(), 2);

        browser.get(url("/tasks"));
        new Select(browser.findElement(By.id("category"))).selectByValue(category);
        HeadlessChromium.clickAndAwaitNextPage(browser, browser.findElement(By.id("apply-filters")));
        openTask(secondTask);
        assertThat(browser.findElement(By.cssSelector("#changes h2")).getText()).isEqualTo("Changes since version 1");
        assertThat(browser.findElement(By.cssSelector("#diff del")).getText()).contains("CAR-NK cells cure lymphoma");
        assertThat(browser.findElements(By.cssSelector("#diff ins"))).isNotEmpty();
        assertThat(browser.findElement(By.id("history")).getText())
                .contains("REQUEST_CHANGES").contains("drbob").contains("nothing cures lymphoma yet").contains("IN REVIEW");

        browser.findElement(By.id("decision-approve")).click();
        HeadlessChromium.clickAndAwaitNextPage(browser, browser.findElement(By.id("submit-decision")));
        assertThat(browser.findElement(By.id("flash")).getText()).contains("You approved").contains("(version 2)");

        List<ArticleEvent> events = awaitReviewEvents(draft.articleId(), 2);
        assertThat(events.get(1)).isInstanceOfSatisfying(ArticleApproved.class, approved -> {
            assertThat(approved.articleVersion()).isEqualTo(2);
            assertThat(approved.reviewer()).isEqualTo("drbob");
            assertThat(approved.content()).isEqualTo(revision.content());
        });
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    private void signInAs(String user) {
        browser.get(url("/tasks"));
        assertThat(browser.getCurrentUrl()).endsWith("/login");
        browser.findElement(By.id("username")).sendKeys(user);
        browser.findElement(By.id("password")).sendKeys(user);
        HeadlessChromium.clickAndAwaitNextPage(browser, browser.findElement(By.cssSelector("button[type=submit]")));
        // back to the page asked for (Spring Security adds ?continue to a saved request)
        assertThat(browser.getCurrentUrl()).contains("/tasks");
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Review tasks");
    }

    private void openTask(String taskId) {
        HeadlessChromium.clickAndAwaitNextPage(browser,
                browser.findElement(By.cssSelector("li[data-task-id='" + taskId + "'] a.task-title")));
        assertThat(browser.getCurrentUrl()).endsWith("/tasks/" + taskId);
    }

    private String awaitOpenTask(String articleId, int version) {
        return await().atMost(Duration.ofSeconds(30)).until(() -> taskService.createTaskQuery()
                        .processInstanceBusinessKey(articleId)
                        .processVariableValueEquals("articleVersion", version)
                        .list().stream().map(Task::getId).findFirst().orElse(null),
                id -> id != null);
    }
}
