package org.healthjournal.pipeline.review.tasks;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.jayway.jsonpath.JsonPath;
import org.flowable.engine.TaskService;
import org.flowable.task.api.Task;
import org.healthjournal.pipeline.events.ArticleApproved;
import org.healthjournal.pipeline.events.ArticleEvent;
import org.healthjournal.pipeline.events.ChangesRequested;
import org.healthjournal.pipeline.events.DraftSubmitted;
import org.healthjournal.pipeline.events.EventIds;
import org.healthjournal.pipeline.review.InboxClient;
import org.healthjournal.pipeline.review.ReviewWorkflowTestBase;
import org.healthjournal.pipeline.review.TestDrafts;
import org.healthjournal.pipeline.review.intake.MedicalReviewStarter;
import org.springframework.dao.DataAccessResourceFailureException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.ResultActions;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.reset;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The reviewers' task API: reading a draft and signing (or refusing) the medical review. */
class ReviewDecisionApiIT extends ReviewWorkflowTestBase {

    @Autowired
    MedicalReviewStarter starter;
    @Autowired
    TaskService taskService;
    @Autowired
    ObjectMapper json;

    @Test
    void approvingEmitsExactlyOneArticleApprovedSignedByTheReviewerWithTheContent() throws Exception {
        DraftSubmitted draft = TestDrafts.by("alice");
        String taskId = openReviewOf(draft);

        String response = decide("drbob", taskId, "{\"decision\":\"APPROVE\",\"comments\":\"Evidence stated honestly.\"}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.taskId").value(taskId))
                .andExpect(jsonPath("$.articleId").value(draft.articleId()))
                .andExpect(jsonPath("$.version").value(1))
                .andExpect(jsonPath("$.decision").value("APPROVE"))
                .andExpect(jsonPath("$.reviewer").value("drbob"))
                .andReturn().getResponse().getContentAsString();
        Instant reviewedAt = Instant.parse(JsonPath.read(response, "$.reviewedAt"));

        List<ArticleEvent> events = awaitReviewEvents(draft.articleId(), 1);
        assertThat(events).singleElement().isInstanceOfSatisfying(ArticleApproved.class, approved -> {
            assertThat(approved.eventId()).isEqualTo(EventIds.derived(ArticleApproved.TYPE, taskId));
            assertThat(approved.reviewer()).isEqualTo("drbob");
            assertThat(approved.reviewedAt()).isEqualTo(reviewedAt);
            assertThat(approved.comments()).isEqualTo("Evidence stated honestly.");
            assertThat(approved.author()).isEqualTo("alice");
            assertThat(approved.content()).isEqualTo(draft.content());
        });
        assertThat(taskService.createTaskQuery().taskId(taskId).count()).isZero();
        decide("drbob", taskId, "{\"decision\":\"APPROVE\"}")
                .andExpect(status().isConflict())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        assertThat(reviewEventsFor(draft.articleId())).hasSize(1);
    }

    @Test
    void reviewerReadsTheDraftAsReadersWillSeeItWithItsSources() throws Exception {
        DraftSubmitted draft = TestDrafts.by("alice");
        String taskId = openReviewOf(draft);

        mvc.perform(get("/api/tasks/{taskId}", taskId).with(httpBasic("drbob", "drbob")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.taskId").value(taskId))
                .andExpect(jsonPath("$.articleId").value(draft.articleId()))
                .andExpect(jsonPath("$.version").value(1))
                .andExpect(jsonPath("$.author").value("alice"))
                .andExpect(jsonPath("$.title").value(draft.content().title()))
                .andExpect(jsonPath("$.dek").value(draft.content().dek()))
                .andExpect(jsonPath("$.category").value("Immune Health"))
                .andExpect(jsonPath("$.body").value(draft.content().body()))
                .andExpect(jsonPath("$.previewHtml").value(containsString("<h2>What did the review find?</h2>")))
                .andExpect(jsonPath("$.previewHtml").value(containsString("href=\"#ref-1\"")))
                .andExpect(jsonPath("$.previewHtml").value(not(containsString("<script"))))
                .andExpect(jsonPath("$.keyTakeawayHtml").value(containsString("<strong>experimental</strong>")))
                .andExpect(jsonPath("$.references[0].title").value("CAR-NK cells: a review"))
                .andExpect(jsonPath("$.references[0].year").value(2024))
                .andExpect(jsonPath("$.findings").isEmpty())
                .andExpect(jsonPath("$.riskLevel").value("LOW"));
    }

    @Test
    void reviewerSeesTheAutomatedFindingsAndRiskLevelInTheTaskAndTheInbox() throws Exception {
        DraftSubmitted draft = TestDrafts.withContentBy("alice", "## What did the review find?\n\n"
                + "Early-phase trials were small [1]. CAR-NK cells cure lymphoma [1].");
        String taskId = openReviewOf(draft);

        mvc.perform(get("/api/tasks/{taskId}", taskId).with(httpBasic("drbob", "drbob")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.riskLevel").value("HIGH"))
                .andExpect(jsonPath("$.findings[0].ruleId").value("claims.absolute-language"))
                .andExpect(jsonPath("$.findings[0].severity").value("WARNING"))
                .andExpect(jsonPath("$.findings[0].location.section").value("What did the review find?"))
                .andExpect(jsonPath("$.findings[0].location.excerpt").value("CAR-NK cells cure lymphoma [1]."))
                .andExpect(jsonPath("$.findings[0].message").value(containsString("cure")));
        assertThat(new InboxClient(mvc, json).of("drbob", draft.articleId())).singleElement()
                .satisfies(task -> assertThat(task.riskLevel()).isEqualTo("HIGH"));
    }

    @Test
    void writerCannotSignTheMedicalReviewOfTheirOwnArticle() throws Exception {
        DraftSubmitted draft = TestDrafts.by("drcarol");
        String taskId = openReviewOf(draft);

        decide("drcarol", taskId, "{\"decision\":\"APPROVE\"}")
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail").value(containsString("the writer can never sign the medical review")));
        mvc.perform(get("/api/tasks/{taskId}", taskId).with(httpBasic("drcarol", "drcarol")))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/tasks/{taskId}/claim", taskId).with(httpBasic("drcarol", "drcarol")))
                .andExpect(status().isForbidden());
        assertThat(taskService.createTaskQuery().taskId(taskId).singleResult().getAssignee()).isNull();
        assertThat(reviewEventsFor(draft.articleId())).isEmpty();

        decide("drbob", taskId, "{\"decision\":\"APPROVE\"}").andExpect(status().isOk());
        assertThat(awaitReviewEvents(draft.articleId(), 1)).singleElement()
                .isInstanceOfSatisfying(ArticleApproved.class, approved -> assertThat(approved.reviewer()).isEqualTo("drbob"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"{\"decision\":\"REQUEST_CHANGES\"}", "{\"decision\":\"REJECT\",\"comments\":\"  \"}"})
    void requestingChangesOrRejectingNeedsComments(String body) throws Exception {
        String taskId = openReviewOf(TestDrafts.by("alice"));

        decide("drbob", taskId, body)
                .andExpect(status().isUnprocessableEntity())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].field").value("comments"));
        assertThat(taskService.createTaskQuery().taskId(taskId).count()).isEqualTo(1);
    }

    @ParameterizedTest
    @ValueSource(strings = {"{\"decision\":\"MAYBE\"}", "{\"comments\":\"Looks fine.\"}", "{\"decision\":null}"})
    void missingOrUnknownDecisionIsRefusedNamingTheField(String body) throws Exception {
        String taskId = openReviewOf(TestDrafts.by("alice"));

        decide("drbob", taskId, body)
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].field").value("decision"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"{\"decision\":0}", "{\"decision\":1}", "{\"decision\":2.0}", "{\"decision\":true}",
            "{\"decision\":[\"APPROVE\"]}", "{\"decision\":\"approve\"}"})
    void decisionThatIsNotOneOfTheNamesIsRefusedListingTheAllowedNames(String body) throws Exception {
        String taskId = openReviewOf(TestDrafts.by("alice"));

        decide("drbob", taskId, body)
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].field").value("decision"))
                .andExpect(jsonPath("$.errors[0].message").value(containsString("APPROVE, REQUEST_CHANGES, REJECT")));
        assertThat(taskService.createTaskQuery().taskId(taskId).singleResult().getAssignee()).isNull();
    }

    @Test
    void periodicReviewDecisionsAreRefusedOnAMedicalReview() throws Exception {
        String taskId = openReviewOf(TestDrafts.by("alice"));

        decide("drbob", taskId, "{\"decision\":\"CONFIRM\"}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("decision"))
                .andExpect(jsonPath("$.errors[0].message").value("must be one of APPROVE, REQUEST_CHANGES, REJECT"));
    }

    @Test
    void decisionOnAnUnknownTaskIsNotFound() throws Exception {
        decide("drbob", "no-such-task", "{\"decision\":\"APPROVE\"}")
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(get("/api/tasks/{taskId}", "no-such-task").with(httpBasic("drbob", "drbob")))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    }

    @Test
    void onlyReviewersAndEditorsMayUseTheTaskApi() throws Exception {
        String taskId = openReviewOf(TestDrafts.by("dana"));

        decide("alice", taskId, "{\"decision\":\"APPROVE\"}")
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(post("/api/tasks/{taskId}/decision", taskId).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"decision\":\"APPROVE\"}"))
                .andExpect(status().isUnauthorized());
        // an editor is not a medical reviewer: the task is not theirs to decide
        decide("erin", taskId, "{\"decision\":\"APPROVE\"}").andExpect(status().isNotFound());
        assertThat(taskService.createTaskQuery().taskId(taskId).count()).isEqualTo(1);
    }

    @Test
    void taskStaysOpenWhenTheDecisionsEventCannotBeQueued() throws Exception {
        DraftSubmitted draft = TestDrafts.by("alice");
        String taskId = openReviewOf(draft);
        doThrow(new DataAccessResourceFailureException("database connection lost"))
                .when(outbox).append(anyString(), any(ArticleEvent.class));

        decide("drbob", taskId, "{\"decision\":\"REQUEST_CHANGES\",\"comments\":\"Cite the trial sizes.\"}")
                .andExpect(status().isServiceUnavailable())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));

        Task stillOpen = taskService.createTaskQuery().taskId(taskId).singleResult();
        assertThat(stillOpen).isNotNull();
        assertThat(stillOpen.getAssignee()).isNull();
        assertThat(taskService.getVariable(taskId, "decision")).isNull();
        assertThat(reviewEventsFor(draft.articleId())).isEmpty();

        reset(outbox);
        decide("drbob", taskId, "{\"decision\":\"REQUEST_CHANGES\",\"comments\":\"Cite the trial sizes.\"}")
                .andExpect(status().isOk());
        assertThat(awaitReviewEvents(draft.articleId(), 1)).singleElement()
                .isInstanceOfSatisfying(ChangesRequested.class, changes -> {
                    assertThat(changes.eventId()).isEqualTo(EventIds.derived(ChangesRequested.TYPE, taskId));
                    assertThat(changes.comments()).isEqualTo("Cite the trial sizes.");
                });
    }

    private String openReviewOf(DraftSubmitted draft) {
        String processId = starter.startFor(draft).orElseThrow().getId();
        return taskService.createTaskQuery().processInstanceId(processId).singleResult().getId();
    }

    private ResultActions decide(String user, String taskId, String body) throws Exception {
        return mvc.perform(post("/api/tasks/{taskId}/decision", taskId)
                .with(httpBasic(user, user))
                .contentType(MediaType.APPLICATION_JSON)
                .content(body));
    }
}
