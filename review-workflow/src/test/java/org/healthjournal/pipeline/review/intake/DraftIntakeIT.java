package org.healthjournal.pipeline.review.intake;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.flowable.engine.HistoryService;
import org.flowable.engine.TaskService;
import org.healthjournal.pipeline.events.DraftSubmitted;
import org.healthjournal.pipeline.review.InboxClient;
import org.healthjournal.pipeline.review.ReviewWorkflowTestBase;
import org.healthjournal.pipeline.review.TestDrafts;
import org.healthjournal.pipeline.review.process.MedicalReviewProcess.Variables;
import org.healthjournal.pipeline.review.tasks.TaskSummary;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.startsWith;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** DraftSubmitted on the drafts topic → a review task in the reviewers' inbox, once. */
class DraftIntakeIT extends ReviewWorkflowTestBase {

    @Autowired
    ObjectMapper json;
    @Autowired
    TaskService taskService;
    @Autowired
    HistoryService history;

    InboxClient inbox;

    @BeforeEach
    void inbox() {
        inbox = new InboxClient(mvc, json);
    }

    @Test
    void submittedDraftShowsUpInMedicalReviewersInbox() throws Exception {
        DraftSubmitted draft = TestDrafts.by("alice");

        sendDraft(draft);

        TaskSummary task = await().atMost(Duration.ofSeconds(30))
                .until(() -> inbox.of("drbob", draft.articleId()), tasks -> tasks.size() == 1).get(0);
        assertThat(task.taskId()).isNotBlank();
        assertThat(task.version()).isEqualTo(1);
        assertThat(task.title()).isEqualTo(draft.content().title());
        assertThat(task.author()).isEqualTo("alice");
        assertThat(task.createdAt()).isNotNull();
        assertThat(inbox.of("drcarol", draft.articleId())).hasSize(1);
        // an editor may look, but reviewing is not an editor's task
        assertThat(inbox.of("erin", draft.articleId())).isEmpty();
    }

    @Test
    void writersAndAnonymousCallersCannotReadTheInbox() throws Exception {
        mvc.perform(get("/api/tasks").with(httpBasic("alice", "alice")))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(get("/api/tasks"))
                .andExpect(status().isUnauthorized())
                .andExpect(header().string("WWW-Authenticate", startsWith("Basic")))
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    }

    @Test
    void redeliveredDraftCreatesNoSecondTaskAndTheRevisionSupersedesTheFirst() throws Exception {
        DraftSubmitted draft = TestDrafts.by("alice");
        DraftSubmitted revision = TestDrafts.revisionOf(draft);

        sendDraft(draft);
        sendDraft(draft);
        // same key, same partition: once the revision's task exists, both copies were handled
        sendDraft(revision);

        await().atMost(Duration.ofSeconds(30)).until(() -> taskService.createTaskQuery()
                .processInstanceBusinessKey(draft.articleId())
                .processVariableValueEquals(Variables.ARTICLE_VERSION, 2).count() == 1);
        // one review per version: the revision cancelled the first version's open review
        assertThat(taskService.createTaskQuery().processInstanceBusinessKey(draft.articleId())
                .processVariableValueEquals(Variables.ARTICLE_VERSION, 1).count()).isZero();
        assertThat(history.createHistoricProcessInstanceQuery().processInstanceBusinessKey(draft.articleId()).count())
                .isEqualTo(2);
        assertThat(history.createHistoricProcessInstanceQuery().processInstanceBusinessKey(draft.articleId())
                .deleted().singleResult().getDeleteReason()).isEqualTo("superseded by version 2");
        assertThat(inbox.of("drbob", draft.articleId())).extracting(TaskSummary::version).containsExactly(2);
    }

    @Test
    void writerDoesNotSeeTheReviewOfTheirOwnArticle() throws Exception {
        DraftSubmitted draft = TestDrafts.by("drcarol");

        sendDraft(draft);

        await().atMost(Duration.ofSeconds(30)).until(() -> inbox.of("drbob", draft.articleId()), tasks -> tasks.size() == 1);
        assertThat(inbox.of("drcarol", draft.articleId())).isEmpty();
    }
}
