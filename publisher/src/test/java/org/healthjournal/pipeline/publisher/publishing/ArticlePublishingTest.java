package org.healthjournal.pipeline.publisher.publishing;

import org.flywaydb.core.Flyway;
import org.healthjournal.pipeline.events.ArticleApproved;
import org.healthjournal.pipeline.events.ArticleEvent;
import org.healthjournal.pipeline.events.ArticlePublished;
import org.healthjournal.pipeline.events.ArticleRetracted;
import org.healthjournal.pipeline.events.ArticleScheduled;
import org.healthjournal.pipeline.publisher.Approvals;
import org.healthjournal.pipeline.events.ArticleUpdated;
import org.healthjournal.pipeline.events.Reference;
import org.healthjournal.pipeline.publisher.PublisherProperties;
import org.healthjournal.pipeline.publisher.articles.ArticleStore;
import org.healthjournal.pipeline.publisher.articles.PublishedArticle;
import org.healthjournal.pipeline.support.PipelineProperties;
import org.healthjournal.pipeline.support.idempotency.ProcessedEvents;
import org.healthjournal.pipeline.events.EventCodec;
import org.healthjournal.pipeline.support.outbox.Outbox;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.healthjournal.pipeline.publisher.Approvals.approved;
import static org.healthjournal.pipeline.publisher.Approvals.newArticleId;

/** Publishing against a real (in-memory H2) database migrated by the service's own Flyway scripts. */
class ArticlePublishingTest {

    private static final Instant MONDAY = Instant.parse("2026-11-23T08:00:00Z");
    private static final Instant TUESDAY = Instant.parse("2026-11-24T08:00:00Z");

    private JdbcClient jdbc;
    private ArticleStore store;
    private ProcessedEvents processedEvents;
    private TransactionTemplate transactions;

    @BeforeEach
    void migrateFreshDatabase() {
        DriverManagerDataSource dataSource = new DriverManagerDataSource(
                "jdbc:h2:mem:publishing-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", "sa", "");
        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration", "classpath:db/outbox").load().migrate();
        jdbc = JdbcClient.create(dataSource);
        store = new ArticleStore(jdbc);
        transactions = new TransactionTemplate(new DataSourceTransactionManager(dataSource));
        processedEvents = new ProcessedEvents(jdbc, transactions);
    }

    @Test
    void pageAndItsEventCommitTogetherSoAFailedWriteLeavesNeitherAndTheRetryPublishes() {
        ArticleApproved approval = approved(newArticleId(), 1, "Can honey soothe a cough?");
        jdbc.sql("alter table outbox_event rename to outbox_event_away").update();

        assertThatThrownBy(() -> publishingAt(MONDAY).publish(approval)).isInstanceOf(DataAccessException.class);
        assertThat(store.findById(approval.articleId())).isEmpty();
        assertThat(processedEvents.alreadyProcessed("publisher", approval.eventId())).isFalse();

        jdbc.sql("alter table outbox_event_away rename to outbox_event").update();
        publishingAt(MONDAY).publish(approval);

        assertThat(store.findById(approval.articleId())).isPresent();
        assertThat(queuedEvents()).singleElement().isInstanceOf(ArticlePublished.class);
    }

    @Test
    void newVersionKeepsSlugAndFirstPublicationDate() {
        String articleId = newArticleId();
        publishingAt(MONDAY).publish(approved(articleId, 1, "Can honey soothe a cough?"));
        publishingAt(TUESDAY).publish(approved(articleId, 2, "Honey for coughs: what the trials show"));

        PublishedArticle live = store.findById(articleId).orElseThrow();
        assertThat(live.version()).isEqualTo(2);
        assertThat(live.title()).isEqualTo("Honey for coughs: what the trials show");
        assertThat(live.slug()).isEqualTo("can-honey-soothe-a-cough");
        assertThat(live.publishedAt()).isEqualTo(MONDAY);
        assertThat(live.updatedAt()).isEqualTo(TUESDAY);

        ArticleUpdated second = (ArticleUpdated) queuedEvents().get(1);
        assertThat(second.url()).isEqualTo("https://journal.example/articles/can-honey-soothe-a-cough");
        assertThat(second.publishedAt()).isEqualTo(MONDAY);
        assertThat(second.updatedAt()).isEqualTo(TUESDAY);
        assertThat(second.occurredAt()).isEqualTo(TUESDAY);
    }

    @Test
    void articlesWithTheSameTitleAreNumbered() {
        for (int i = 0; i < 3; i++) {
            publishingAt(MONDAY).publish(approved(newArticleId(), 1, "Is it a cold or the flu?"));
        }

        assertThat(queuedEvents()).extracting(event -> ((ArticlePublished) event).slug())
                .containsExactly("is-it-a-cold-or-the-flu", "is-it-a-cold-or-the-flu-2", "is-it-a-cold-or-the-flu-3");
    }

    @Test
    void olderVersionIsRecordedAsHandledButChangesNothing() {
        String articleId = newArticleId();
        publishingAt(MONDAY).publish(approved(articleId, 2, "Vitamin C and colds"));
        ArticleApproved stale = approved(articleId, 1, "Vitamin C: an early draft");

        publishingAt(TUESDAY).publish(stale);

        assertThat(store.findById(articleId).orElseThrow().title()).isEqualTo("Vitamin C and colds");
        assertThat(queuedEvents()).hasSize(1);
        assertThat(processedEvents.alreadyProcessed("publisher", stale.eventId())).isTrue();
    }

    @Test
    void scheduleIsKeptInTheDatabaseSoAServiceStartedLaterPublishesItWhenDue() {
        String articleId = newArticleId();
        ArticleApproved scheduled = approved(articleId, 1, Approvals.revised(
                approved(articleId, 1, "Flu shots: when to get one").content(), "Flu shots: when to get one", null,
                TUESDAY));

        publishingAt(MONDAY).publish(scheduled);

        assertThat(store.findById(articleId)).isEmpty();
        assertThat(queuedEvents()).singleElement().isInstanceOfSatisfying(ArticleScheduled.class, event -> {
            assertThat(event.slug()).isEqualTo("flu-shots-when-to-get-one");
            assertThat(event.url()).isEqualTo("https://journal.example/articles/flu-shots-when-to-get-one");
            assertThat(event.publishAt()).isEqualTo(TUESDAY);
        });
        // a fresh instance over the same database: the service after a restart
        assertThat(publishingAt(TUESDAY.minusSeconds(1)).publishDue()).isZero();
        assertThat(publishingAt(TUESDAY).publishDue()).isEqualTo(1);
        assertThat(publishingAt(TUESDAY).publishDue()).isZero();

        assertThat(store.findById(articleId).orElseThrow().publishedAt()).isEqualTo(TUESDAY);
        assertThat(queuedEvents()).hasSize(2).last().isInstanceOf(ArticlePublished.class);
    }

    @Test
    void retractionStandsAgainstLaterApprovalsAndCancelsAVersionStillScheduled() {
        String articleId = newArticleId();
        publishingAt(MONDAY).publish(approved(articleId, 1, "Does garlic cure the flu?"));
        publishingAt(MONDAY).publish(approved(articleId, 2, Approvals.revised(
                approved(articleId, 1, "x").content(), "Garlic and the flu", "Rewritten.", TUESDAY)));
        PageReviews reviews = new PageReviews(processedEvents, store, new ScheduledPublications(jdbc), event -> { });

        reviews.retracted(new ArticleRetracted(UUID.randomUUID(), null, 0, articleId, 1, MONDAY, "corr", "wanda",
                "dr-rivera", "Its main source was withdrawn.", MONDAY));
        publishingAt(TUESDAY).publish(approved(articleId, 3, "Garlic and the flu, corrected"));

        assertThat(publishingAt(TUESDAY).publishDue()).isZero();
        PublishedArticle page = store.findById(articleId).orElseThrow();
        assertThat(page.isRetracted()).isTrue();
        assertThat(page.version()).isEqualTo(1);
        assertThat(page.retractionReason()).isEqualTo("Its main source was withdrawn.");
        assertThat(store.listed()).extracting(PublishedArticle::articleId).doesNotContain(articleId);
        assertThat(queuedEvents()).extracting(ArticleEvent::eventType)
                .containsExactly("ArticlePublished", "ArticleScheduled");
    }

    @Test
    void sourcesKeepOnlyWebLinks() {
        assertThat(SourceLinks.webLinksOnly(List.of(
                new Reference("a", "javascript:alert(1)", 2020, "x"),
                new Reference("b", " JavaScript:alert(1)", 2020, "x"),
                new Reference("c", "data:text/html,<script>", 2020, "x"),
                new Reference("d", "https://doi.org/10.1000/1", 2020, "x"),
                new Reference("e", "http://example.org/a b", 2020, "x"),
                new Reference("f", null, 2020, "x"))))
                .extracting(Reference::url)
                .containsExactly(null, null, null, "https://doi.org/10.1000/1", null, null);
    }

    private ArticlePublishing publishingAt(Instant now) {
        return new ArticlePublishing(processedEvents, store, new ScheduledPublications(jdbc), transactions,
                new Outbox(jdbc, Clock.fixed(now, ZoneOffset.UTC)),
                new PipelineProperties(), new PublisherProperties("https://journal.example", Period.ofYears(1), "Health Journal", 20),
                Clock.fixed(now, ZoneOffset.UTC), event -> { });
    }

    /** What publishing committed to the outbox, in order. */
    private List<ArticleEvent> queuedEvents() {
        return jdbc.sql("select payload from outbox_event order by id").query(String.class).list().stream()
                .map(json -> EventCodec.fromJson(json.getBytes(StandardCharsets.UTF_8)).orElseThrow())
                .toList();
    }
}
