package org.healthjournal.pipeline.review;

import org.healthjournal.pipeline.events.ArticleEvent;
import org.healthjournal.pipeline.support.PipelineProperties;
import org.healthjournal.pipeline.support.outbox.Outbox;
import org.healthjournal.pipeline.testkit.PipelineTestProperties;
import org.healthjournal.pipeline.testkit.TestDatabase;
import org.healthjournal.pipeline.testkit.TestTopics;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;
import org.springframework.test.web.servlet.MockMvc;

import java.util.List;

/**
 * The one application context every integration test shares: the real service on the test Kafka
 * broker and a fresh database (PostgreSQL when reachable, else H2). Keep the configuration here so
 * that all test classes reuse the context. It listens on a real port so the inbox's browser test
 * shares it too (one consumer group, one database).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
@ActiveProfiles("test")
public abstract class ReviewWorkflowTestBase {

    protected static TestDatabase.Settings database;

    /** The real outbox, unless a test makes writing to it fail (reset after each test). */
    @MockitoSpyBean
    protected Outbox outbox;

    @Autowired
    protected MockMvc mvc;

    @Autowired
    protected PipelineProperties pipeline;

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        PipelineTestProperties.kafka(registry);
        database = PipelineTestProperties.database(registry, "review_workflow");
    }

    /** The review events about one article on the topic now (the relay sends them just after the commit). */
    protected List<ArticleEvent> reviewEventsFor(String articleId) {
        return TestTopics.eventsFor(pipeline.getTopics().getReviews(), articleId);
    }

    /** Waits until {@code count} review events about the article are on the topic. */
    protected List<ArticleEvent> awaitReviewEvents(String articleId, int count) {
        return TestTopics.awaitEventsFor(pipeline.getTopics().getReviews(), articleId, count);
    }

    protected void sendDraft(ArticleEvent draft) throws Exception {
        TestTopics.send(pipeline.getTopics().getDrafts(), draft);
    }
}
