package org.healthjournal.pipeline.review.tasks;

import com.jayway.jsonpath.JsonPath;
import org.flowable.engine.ManagementService;
import org.flowable.engine.ProcessEngineConfiguration;
import org.flowable.engine.RuntimeService;
import org.healthjournal.pipeline.events.DraftSubmitted;
import org.healthjournal.pipeline.review.ReviewClock;
import org.healthjournal.pipeline.review.ReviewWorkflowTestBase;
import org.healthjournal.pipeline.review.TestDrafts;
import org.healthjournal.pipeline.review.intake.MedicalReviewStarter;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.ResultActions;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The paged, filtered task list; the unpaged array stays as scripts know it. */
class TaskListApiIT extends ReviewWorkflowTestBase {

    @Autowired
    MedicalReviewStarter starter;
    @Autowired
    RuntimeService runtime;
    @Autowired
    ProcessEngineConfiguration engine;
    @Autowired
    ManagementService management;

    @AfterEach
    void realTime() {
        engine.getClock().reset();
    }

    @Test
    void pageListsTasksOldestDueFirstWithSummaryFieldsFilteredByCategoryRiskAndOverdue() throws Exception {
        // a category of its own, so tasks of other tests sharing the database never show up
        String category = "Sleep " + UUID.randomUUID();
        DraftSubmitted older = TestDrafts.inCategoryBy("alice", category);
        String olderProcess = starter.startFor(older).orElseThrow().getId();
        new ReviewClock(engine, management).advance(Duration.ofHours(1), olderProcess);
        DraftSubmitted newer = TestDrafts.inCategoryBy("alice", category);
        starter.startFor(newer);
        DraftSubmitted own = TestDrafts.inCategoryBy("drbob", category);
        starter.startFor(own);

        String body = list("drbob", "?page=0&size=1&category=" + category)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.totalItems").value(2))
                .andExpect(jsonPath("$.totalPages").value(2))
                .andExpect(jsonPath("$.items.length()").value(1))
                .andExpect(jsonPath("$.items[0].articleId").value(older.articleId()))
                .andExpect(jsonPath("$.items[0].name").value("Medical review"))
                .andExpect(jsonPath("$.items[0].version").value(1))
                .andExpect(jsonPath("$.items[0].title").value(older.content().title()))
                .andExpect(jsonPath("$.items[0].author").value("alice"))
                .andExpect(jsonPath("$.items[0].category").value(category))
                .andExpect(jsonPath("$.items[0].riskLevel").value("LOW"))
                .andExpect(jsonPath("$.items[0].findingsCount").value(0))
                .andExpect(jsonPath("$.items[0].overdue").value(false))
                .andExpect(jsonPath("$.items[0].body").doesNotExist())
                .andReturn().getResponse().getContentAsString();
        assertThat((String) JsonPath.read(body, "$.items[0].due")).isNotNull();
        list("drbob", "?page=1&size=1&category=" + category)
                .andExpect(jsonPath("$.items[0].articleId").value(newer.articleId()));
        list("drbob", "?page=0&category=" + category + "&risk=HIGH").andExpect(jsonPath("$.totalItems").value(0));
        list("drbob", "?page=0&category=" + category + "&overdue=true").andExpect(jsonPath("$.totalItems").value(0));
        list("drbob", "?page=0&category=" + category + "&overdue=false").andExpect(jsonPath("$.totalItems").value(2));

        engine.getClock().setCurrentTime(java.util.Date.from(engine.getClock().getCurrentTime().toInstant()
                .plus(Duration.ofDays(3))));
        list("drbob", "?page=0&category=" + category + "&overdue=true")
                .andExpect(jsonPath("$.totalItems").value(2))
                .andExpect(jsonPath("$.items[0].overdue").value(true));
    }

    @Test
    void withoutAPageTheListIsThePlainArrayAndABadPageIsRefused() throws Exception {
        DraftSubmitted draft = TestDrafts.by("alice");
        starter.startFor(draft);

        String body = list("drbob", "").andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        List<String> articles = JsonPath.read(body, "$[*].articleId");
        assertThat(articles).contains(draft.articleId());
        list("drbob", "?page=-1").andExpect(status().isBadRequest());
        list("drbob", "?page=0&size=100000")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(containsString("size")));
    }

    private ResultActions list(String user, String query) throws Exception {
        return mvc.perform(get("/api/tasks" + query).with(httpBasic(user, user)));
    }
}
