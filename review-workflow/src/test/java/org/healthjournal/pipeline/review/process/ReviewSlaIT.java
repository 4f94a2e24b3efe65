package org.healthjournal.pipeline.review.process;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.flowable.engine.ManagementService;
import org.flowable.engine.ProcessEngineConfiguration;
import org.flowable.engine.TaskService;
import org.flowable.identitylink.api.IdentityLink;
import org.flowable.task.api.Task;
import org.healthjournal.pipeline.events.ArticleApproved;
import org.healthjournal.pipeline.events.DraftSubmitted;
import org.healthjournal.pipeline.events.ReviewOverdue;
import org.healthjournal.pipeline.review.InboxClient;
import org.healthjournal.pipeline.review.ReviewClock;
import org.healthjournal.pipeline.review.ReviewWorkflowTestBase;
import org.healthjournal.pipeline.review.TestDrafts;
import org.healthjournal.pipeline.review.intake.MedicalReviewStarter;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** A review task that waits past its SLA is offered to editors too, and ReviewOverdue goes out. */
class ReviewSlaIT extends ReviewWorkflowTestBase {

    @Autowired
    MedicalReviewStarter starter;
    @Autowired
    TaskService taskService;
    @Autowired
    ProcessEngineConfiguration engine;
    @Autowired
    ManagementService management;
    @Autowired
    ObjectMapper json;

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
    void reviewWaitingPastTwoDaysIsOfferedToEditorsAndAnnouncedOverdue() throws Exception {
        DraftSubmitted draft = TestDrafts.by("alice");
        String processId = starter.startFor(draft).orElseThrow().getId();
        Task task = taskService.createTaskQuery().processInstanceId(processId).singleResult();
        assertThat(task.getDueDate().toInstant()).isBetween(clock.now().plus(Duration.ofDays(2)).minusSeconds(60),
                clock.now().plus(Duration.ofDays(2)));
        assertThat(new InboxClient(mvc, json).of("erin", draft.articleId())).isEmpty();

        assertThat(clock.advance(Duration.ofDays(1), processId)).isZero();
        assertThat(reviewEventsFor(draft.articleId())).isEmpty();
        assertThat(clock.advance(Duration.ofDays(1).plusMinutes(1), processId)).isEqualTo(1);

        assertThat(taskService.getIdentityLinksForTask(task.getId())).extracting(IdentityLink::getGroupId)
                .contains("medical-reviewers", "editors");
        assertThat(awaitReviewEvents(draft.articleId(), 1)).singleElement()
                .isInstanceOfSatisfying(ReviewOverdue.class, overdue -> {
                    assertThat(overdue.taskId()).isEqualTo(task.getId());
                    assertThat(overdue.taskName()).isEqualTo("Medical review");
                    assertThat(overdue.dueAt()).isEqualTo(task.getDueDate().toInstant());
                    assertThat(overdue.author()).isEqualTo("alice");
                });
        assertThat(new InboxClient(mvc, json).of("erin", draft.articleId())).singleElement()
                .satisfies(summary -> assertThat(summary.taskId()).isEqualTo(task.getId()));
        assertThat(new InboxClient(mvc, json).of("drbob", draft.articleId())).hasSize(1);

        mvc.perform(post("/api/tasks/{taskId}/decision", task.getId()).with(httpBasic("erin", "erin"))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"decision\":\"APPROVE\"}"))
                .andExpect(status().isOk());
        assertThat(awaitReviewEvents(draft.articleId(), 2)).last().isInstanceOf(ArticleApproved.class);
    }
}
