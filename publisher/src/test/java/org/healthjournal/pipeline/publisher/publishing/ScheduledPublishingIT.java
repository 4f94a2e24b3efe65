package org.healthjournal.pipeline.publisher.publishing;

import org.healthjournal.pipeline.events.ArticleApproved;
import org.healthjournal.pipeline.events.ArticleEvent;
import org.healthjournal.pipeline.events.ArticlePublished;
import org.healthjournal.pipeline.events.ArticleScheduled;
import org.healthjournal.pipeline.events.ArticleUpdated;
import org.healthjournal.pipeline.publisher.PublisherIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.healthjournal.pipeline.publisher.Approvals.again;
import static org.healthjournal.pipeline.publisher.Approvals.approved;
import static org.healthjournal.pipeline.publisher.Approvals.newArticleId;
import static org.healthjournal.pipeline.publisher.Approvals.revised;

class ScheduledPublishingIT extends PublisherIntegrationTest {

    private static final Path EXPORT = Path.of("target/static-export");

    @Autowired
    private ArticlePublishing publishing;

    @Test
    void scheduledArticleStaysOffTheWholeSiteUntilItsTimeThenGoesLiveAnnouncedOnce() {
        String articleId = newArticleId();
        Instant publishAt = clock.instant().plus(Duration.ofDays(3));
        ArticleApproved approval = scheduledFor(approved(articleId, 1, "When is the best time for a flu jab?"),
                publishAt);
        sendReview(approval);

        ArticleScheduled scheduled = awaitAnnounced(ArticleScheduled.class, articleId, 1);
        awaitHandled(sendReview(again(approval)));

        assertThat(scheduled.slug()).isEqualTo("when-is-the-best-time-for-a-flu-jab");
        assertThat(scheduled.url()).isEqualTo(BASE_URL + "/articles/when-is-the-best-time-for-a-flu-jab");
        assertThat(scheduled.title()).isEqualTo("When is the best time for a flu jab?");
        assertThat(scheduled.publishAt()).isEqualTo(publishAt);
        String path = pathOf(scheduled.url());
        assertThat(http.getForEntity(path, String.class).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(siteWideTexts()).noneMatch(text -> text.contains(scheduled.slug()));
        assertThat(Files.exists(EXPORT.resolve("articles").resolve(scheduled.slug()))).isFalse();
        assertThat(announcementsOf(articleId)).hasSize(1);

        clock.advance(Duration.ofDays(4));
        ArticlePublished published = awaitPublished(articleId, 1);

        assertThat(published.url()).isEqualTo(scheduled.url());
        assertThat(http.getForEntity(path, String.class).getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(http.getForObject("/", String.class)).contains(scheduled.slug());
        assertThat(http.getForObject("/sitemap.xml", String.class)).contains(scheduled.slug());
        assertThat(publishing.publishDue()).isZero();
        assertThat(announcementsOf(articleId)).extracting(ArticleEvent::eventType)
                .containsExactly("ArticleScheduled", "ArticlePublished");
    }

    @Test
    void scheduledUpdateKeepsTheLivePageUntilItsTimeThenReplacesItAnnouncedAsUpdate() {
        String articleId = newArticleId();
        ArticleApproved first = approved(articleId, 1, "Does vitamin C prevent colds?");
        sendReview(first);
        ArticlePublished published = awaitPublished(articleId, 1);
        sendReview(approved(articleId, 2, revised(first.content(), "Vitamin C and colds: the 2026 evidence",
                "New trials added.", clock.instant().plus(Duration.ofDays(2)))));
        awaitAnnounced(ArticleScheduled.class, articleId, 2);

        assertThat(http.getForObject(pathOf(published), String.class))
                .contains("<h1>Does vitamin C prevent colds?</h1>");

        clock.advance(Duration.ofDays(3));
        ArticleUpdated updated = awaitAnnounced(ArticleUpdated.class, articleId, 2);

        assertThat(updated.url()).isEqualTo(published.url());
        assertThat(http.getForObject(pathOf(published), String.class))
                .contains("<h1>Vitamin C and colds: the 2026 evidence</h1>").contains("New trials added.");
        assertThat(announcementsOf(articleId)).extracting(ArticleEvent::eventType)
                .containsExactly("ArticlePublished", "ArticleScheduled", "ArticleUpdated");
    }

    @Test
    void newerApprovalMovesTheScheduleAndOneWithoutPublishAtCancelsItAndPublishesAtOnce() {
        String articleId = newArticleId();
        ArticleApproved first = scheduledFor(approved(articleId, 1, "Is a sauna good for a cold?"),
                clock.instant().plus(Duration.ofDays(2)));
        sendReview(first);
        awaitAnnounced(ArticleScheduled.class, articleId, 1);
        Instant later = clock.instant().plus(Duration.ofDays(5));
        sendReview(approved(articleId, 2, revised(first.content(), "Is a sauna good for a cold?", null, later)));
        ArticleScheduled moved = awaitAnnounced(ArticleScheduled.class, articleId, 2);
        assertThat(moved.publishAt()).isEqualTo(later);
        assertThat(moved.slug()).isEqualTo("is-a-sauna-good-for-a-cold");

        sendReview(approved(articleId, 3, revised(first.content(), "Saunas and colds", null, null)));
        ArticlePublished published = awaitPublished(articleId, 3);

        assertThat(published.slug()).isEqualTo(moved.slug());
        assertThat(http.getForObject(pathOf(published), String.class)).contains("<h1>Saunas and colds</h1>");
        clock.advance(Duration.ofDays(6));
        assertThat(publishing.publishDue()).isZero();
        assertThat(announcementsOf(articleId)).extracting(ArticleEvent::eventType, ArticleEvent::articleVersion)
                .containsExactly(tuple("ArticleScheduled", 1), tuple("ArticleScheduled", 2),
                        tuple("ArticlePublished", 3));
    }

    private String[] siteWideTexts() {
        return new String[] {
                http.getForObject("/", String.class),
                http.getForObject("/categories/immune-health", String.class),
                http.getForObject("/tags/vitamin-d", String.class),
                http.getForObject("/authors/wanda", String.class),
                http.getForObject("/sitemap.xml", String.class),
                http.getForObject("/search?q=flu+jab", String.class)};
    }

    private static ArticleApproved scheduledFor(ArticleApproved approval, Instant publishAt) {
        return approved(approval.articleId(), approval.articleVersion(), revised(approval.content(),
                approval.content().title(), null, publishAt));
    }
}
