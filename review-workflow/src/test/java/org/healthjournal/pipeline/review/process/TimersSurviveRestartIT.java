package org.healthjournal.pipeline.review.process;

import org.flowable.engine.ManagementService;
import org.flowable.engine.ProcessEngineConfiguration;
import org.flowable.engine.RuntimeService;
import org.flowable.engine.TaskService;
import org.flowable.identitylink.api.IdentityLink;
import org.flowable.task.api.Task;
import org.healthjournal.pipeline.events.ArticleWithdrawn;
import org.healthjournal.pipeline.events.ChangesRequested;
import org.healthjournal.pipeline.events.DraftSubmitted;
import org.healthjournal.pipeline.events.ReviewOverdue;
import org.healthjournal.pipeline.review.ReviewClock;
import org.healthjournal.pipeline.review.ReviewWorkflowApplication;
import org.healthjournal.pipeline.review.ReviewWorkflowTestBase;
import org.healthjournal.pipeline.review.TestDrafts;
import org.healthjournal.pipeline.review.intake.MedicalReviewStarter;
import org.healthjournal.pipeline.review.tasks.DecisionRequest;
import org.healthjournal.pipeline.review.tasks.ReviewDecisions;
import org.healthjournal.pipeline.review.tasks.Reviewer;
import org.healthjournal.pipeline.testkit.TestKafka;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import java.time.Duration;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Open review tasks and their timers live in the database, not in the service: an instance of the
 * service is closed with a review task waiting on its SLA and a revision deadline running, another
 * one is started on the same database, and past the due dates it escalates the task and withdraws
 * the article as if it had never stopped.
 *
 * <p>Both instances are started here (not the shared test context, which stays up): without the
 * Kafka routes, so they never take drafts meant for the shared context's consumer. Timers are fired
 * with Flowable's clock and {@code ManagementService}, as in the other timer tests.
 */
class TimersSurviveRestartIT extends ReviewWorkflowTestBase {

    private static final Reviewer DRBOB = new Reviewer("drbob", Set.of(MedicalReviewProcess.REVIEWER_GROUP));

    private ConfigurableApplicationContext service;

    @AfterEach
    void stopService() {
        if (service != null) {
            service.getBean(ProcessEngineConfiguration.class).getClock().reset();
            service.close();
        }
    }

    @Test
    void aRestartedServiceStillEscalatesTheWaitingReviewAndWithdrawsTheUnrevisedArticle() throws Exception {
        DraftSubmitted waiting = TestDrafts.by("alice");
        DraftSubmitted unrevised = TestDrafts.by("alice");

        service = startService();
        String reviewProcess = service.getBean(MedicalReviewStarter.class).startFor(waiting).orElseThrow().getId();
        Task task = service.getBean(TaskService.class).createTaskQuery().processInstanceId(reviewProcess).singleResult();
        String changesTask = service.getBean(TaskService.class).createTaskQuery()
                .processInstanceId(service.getBean(MedicalReviewStarter.class).startFor(unrevised).orElseThrow().getId())
                .singleResult().getId();
        service.getBean(ReviewDecisions.class).decide(changesTask, DRBOB,
                new DecisionRequest(ReviewDecision.REQUEST_CHANGES, "Cite the trial sizes."));
        assertThat(awaitReviewEvents(unrevised.articleId(), 1)).singleElement().isInstanceOf(ChangesRequested.class);
        service.close();
        service = null;

        service = startService();
        TaskService tasks = service.getBean(TaskService.class);
        RuntimeService runtime = service.getBean(RuntimeService.class);
        ReviewClock clock = new ReviewClock(service.getBean(ProcessEngineConfiguration.class),
                service.getBean(ManagementService.class));
        assertThat(tasks.createTaskQuery().taskId(task.getId()).singleResult())
                .satisfies(open -> assertThat(open.getDueDate()).isEqualTo(task.getDueDate()));
        assertThat(service.getBean(ManagementService.class).createTimerJobQuery().processInstanceId(reviewProcess)
                .count()).isEqualTo(1);

        assertThat(clock.advance(Duration.ofDays(1), reviewProcess)).isZero();
        assertThat(clock.advance(Duration.ofDays(1).plusMinutes(1), reviewProcess)).isEqualTo(1);
        assertThat(tasks.getIdentityLinksForTask(task.getId())).extracting(IdentityLink::getGroupId)
                .contains(MedicalReviewProcess.REVIEWER_GROUP, MedicalReviewProcess.EDITOR_GROUP);
        assertThat(awaitReviewEvents(waiting.articleId(), 1)).singleElement()
                .isInstanceOfSatisfying(ReviewOverdue.class, overdue -> {
                    assertThat(overdue.taskId()).isEqualTo(task.getId());
                    assertThat(overdue.dueAt()).isEqualTo(task.getDueDate().toInstant());
                });

        // 2 days of the 30 have passed above
        assertThat(clock.advanceForArticle(Duration.ofDays(27), runtime, unrevised.articleId())).isZero();
        assertThat(clock.advanceForArticle(Duration.ofDays(1).plusMinutes(1), runtime, unrevised.articleId()))
                .isEqualTo(1);
        assertThat(awaitReviewEvents(unrevised.articleId(), 2).get(1)).isInstanceOfSatisfying(ArticleWithdrawn.class,
                withdrawn -> assertThat(withdrawn.reason()).contains("No revision"));
    }

    /**
     * The service as deployed, on the shared test database and broker, on a port of its own, with
     * the Kafka routes left stopped.
     */
    private static ConfigurableApplicationContext startService() {
        return new SpringApplicationBuilder(ReviewWorkflowApplication.class).run(
                "--spring.profiles.active=test",
                "--spring.datasource.url=" + database.url(),
                "--spring.datasource.username=" + database.username(),
                "--spring.datasource.password=" + database.password(),
                "--camel.component.kafka.brokers=" + TestKafka.bootstrapServers(),
                "--camel.main.auto-startup=false",
                "--camel.main.jmx-enabled=false",
                "--server.port=0");
    }
}
