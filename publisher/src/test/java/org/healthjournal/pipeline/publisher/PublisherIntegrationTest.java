package org.healthjournal.pipeline.publisher;

import org.apache.kafka.clients.producer.RecordMetadata;
import org.healthjournal.pipeline.events.ArticleEvent;
import org.healthjournal.pipeline.events.ArticlePublished;
import org.healthjournal.pipeline.support.PipelineProperties;
import org.healthjournal.pipeline.testkit.PipelineTestProperties;
import org.healthjournal.pipeline.testkit.TestTopics;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

import static org.awaitility.Awaitility.await;

/**
 * The one application context every integration test shares: the real service on a random port,
 * the test Kafka broker and a fresh database. Subclasses must not change its configuration.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import(PublisherIntegrationTest.ControlledClock.class)
public abstract class PublisherIntegrationTest {

    /** The service's clock, which tests move forward (scheduled publishing). */
    @TestConfiguration
    static class ControlledClock {
        @Bean
        @Primary
        TestClock testClock() {
            return new TestClock();
        }
    }

    @Autowired
    protected TestClock clock;

    protected static final String CONSUMER_GROUP = "publisher";
    protected static final String STAFF_USER = "edna";
    protected static final String STAFF_PASSWORD = "edna-test-password";
    protected static final String BASE_URL = "https://journal.example";

    @Autowired
    protected TestRestTemplate http;

    @Autowired
    protected PipelineProperties pipeline;

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        PipelineTestProperties.kafka(registry);
        PipelineTestProperties.database(registry, "publisher");
    }

    protected RecordMetadata sendReview(ArticleEvent event) {
        return TestTopics.send(pipeline.getTopics().getReviews(), event);
    }

    protected List<ArticlePublished> publishedEventsOf(String articleId) {
        return TestTopics.eventsFor(pipeline.getTopics().getPublished(), articleId).stream()
                .filter(ArticlePublished.class::isInstance)
                .map(ArticlePublished.class::cast)
                .toList();
    }

    /** Everything the publisher announced about this article, in order. */
    protected List<ArticleEvent> announcementsOf(String articleId) {
        return TestTopics.eventsFor(pipeline.getTopics().getPublished(), articleId);
    }

    /** Waits for an announcement of this type and article version and returns it. */
    protected <T extends ArticleEvent> T awaitAnnounced(Class<T> type, String articleId, int version) {
        return await().atMost(Duration.ofSeconds(30)).until(
                () -> announcementsOf(articleId).stream().filter(type::isInstance).map(type::cast)
                        .filter(e -> e.articleVersion() == version).findFirst(),
                Optional::isPresent).orElseThrow();
    }

    /** The site-relative path of a page announced at this address. */
    protected static String pathOf(String url) {
        return URI.create(url).getPath();
    }

    /** Waits for the announcement of this article version and returns it. */
    protected ArticlePublished awaitPublished(String articleId, int version) {
        return await().atMost(Duration.ofSeconds(30)).until(
                () -> publishedEventsOf(articleId).stream().filter(e -> e.articleVersion() == version).findFirst(),
                Optional::isPresent).orElseThrow();
    }

    /** The site-relative path of a published page. */
    protected static String pathOf(ArticlePublished published) {
        return URI.create(published.url()).getPath();
    }

    protected void awaitHandled(RecordMetadata record) {
        TestTopics.awaitHandled(CONSUMER_GROUP, record);
    }
}
