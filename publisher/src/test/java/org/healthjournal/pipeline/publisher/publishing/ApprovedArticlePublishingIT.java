package org.healthjournal.pipeline.publisher.publishing;

import org.healthjournal.pipeline.events.ArticleApproved;
import org.healthjournal.pipeline.events.ArticlePublished;
import org.healthjournal.pipeline.events.ArticleEvent;
import org.healthjournal.pipeline.events.ArticleUpdated;
import org.healthjournal.pipeline.events.EventIds;
import org.healthjournal.pipeline.events.ReviewerSignOff;
import org.healthjournal.pipeline.publisher.Approvals;
import org.healthjournal.pipeline.publisher.PublisherIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.healthjournal.pipeline.publisher.Approvals.again;
import static org.healthjournal.pipeline.publisher.Approvals.approved;
import static org.healthjournal.pipeline.publisher.Approvals.newArticleId;
import static org.healthjournal.pipeline.publisher.Approvals.revised;
import static org.healthjournal.pipeline.publisher.Approvals.signedOff;

class ApprovedArticlePublishingIT extends PublisherIntegrationTest {

    @Test
    void approvedArticleBecomesPageOnIndexAnnouncedExactlyOnce() {
        String articleId = newArticleId();
        sendReview(approved(articleId, 1, "Could vitamin D shorten a cold?"));

        ArticlePublished published = awaitPublished(articleId, 1);

        assertThat(published.slug()).isEqualTo("could-vitamin-d-shorten-a-cold");
        assertThat(published.url()).isEqualTo(BASE_URL + "/articles/could-vitamin-d-shorten-a-cold");
        assertThat(published.eventId()).isEqualTo(EventIds.derived("ArticlePublished", articleId, "1"));
        assertThat(published.title()).isEqualTo("Could vitamin D shorten a cold?");
        assertThat(published.reviewer()).isEqualTo("dr-rivera");
        assertThat(publishedEventsOf(articleId)).hasSize(1);

        ResponseEntity<String> page = http.getForEntity(pathOf(published), String.class);
        assertThat(page.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(page.getHeaders().getContentType().toString()).startsWith("text/html");
        assertThat(page.getBody())
                .contains("<html lang=\"en\">")
                .contains("Immune Health")
                .contains("<h1>Could vitamin D shorten a cold?</h1>")
                .contains("Researchers pooled small trials; the evidence is early.")
                .contains("<h2>What did the review find?</h2>")
                .contains("href=\"#ref-1\"")
                .contains("min read")
                .contains("Key takeaway")
                .contains("Talk to your care team before starting supplements.")
                .contains("Sources")
                .contains("id=\"ref-1\"", "id=\"ref-2\"")
                .contains("Vitamin D and acute respiratory infections")
                .contains("peer-reviewed review")
                .contains("rel=\"noopener noreferrer\"")
                .contains("Medically reviewed by <strong class=\"reviewer\">Dr Bob Rivera, MD, haematologist</strong>")
                .contains("20 November 2026")
                .contains("For general information and education only — not medical advice.");
        assertThat(page.getBody().split("<h1", -1)).hasSize(2);

        String index = http.getForObject("/", String.class);
        assertThat(index)
                .contains("href=\"/articles/could-vitamin-d-shorten-a-cold\"")
                .contains("Could vitamin D shorten a cold?")
                .contains("Researchers pooled small trials; the evidence is early.");
    }

    @Test
    void pageAndAnnouncementNameEveryReviewerWhoSignedOffWithTheReviewDatesOfTheApproval() {
        String articleId = newArticleId();
        Instant nextReviewDue = Instant.parse("2027-05-20T00:00:00Z");
        List<ReviewerSignOff> signOffs = List.of(
                new ReviewerSignOff("dr-rivera", "Dr Bob Rivera", "MD, haematologist", Approvals.REVIEWED_AT),
                new ReviewerSignOff("dr-cho", "Dr Ana Cho", "PharmD", Approvals.REVIEWED_AT));
        sendReview(signedOff(approved(articleId, 1, "Is elderberry syrup safe for children?"), signOffs,
                nextReviewDue));

        ArticlePublished published = awaitPublished(articleId, 1);

        assertThat(published.reviewers()).isEqualTo(signOffs);
        assertThat(published.readTimeMinutes()).isPositive();
        assertThat(http.getForObject(pathOf(published), String.class))
                .contains("Medically reviewed by <strong class=\"reviewer\">Dr Bob Rivera, MD, haematologist</strong>"
                        + " and <strong class=\"reviewer\">Dr Ana Cho, PharmD</strong>")
                .contains("Next review due by <time datetime=\"2027-05-20\">20 May 2027</time>")
                .contains("\"lastReviewed\":\"2026-11-20\"")
                .contains("{\"@type\":\"Person\",\"name\":\"Dr Ana Cho\",\"description\":\"PharmD\"}");
    }

    @Test
    void redeliveredApprovalPublishesNothingTwice() {
        String articleId = newArticleId();
        ArticleApproved approval = approved(articleId, 1, "Does zinc help with colds?");
        sendReview(approval);
        ArticlePublished published = awaitPublished(articleId, 1);
        String pageBefore = http.getForObject(pathOf(published), String.class);

        awaitHandled(sendReview(again(approval)));

        assertThat(publishedEventsOf(articleId)).hasSize(1);
        assertThat(http.getForObject(pathOf(published), String.class)).isEqualTo(pageBefore);
    }

    @Test
    void newVersionReplacesPageUnderSameSlugAnnouncedAsUpdateAndOlderOrSameVersionAfterItChangesNothing() {
        String articleId = newArticleId();
        ArticleApproved firstApproval = approved(articleId, 1, "Is echinacea worth trying?");
        sendReview(firstApproval);
        ArticlePublished first = awaitPublished(articleId, 1);
        ArticleApproved update = approved(articleId, 2, revised(firstApproval.content(),
                "What does the evidence say about echinacea?", "Added the 2026 Cochrane review.", null));
        sendReview(update);
        ArticleUpdated second = awaitAnnounced(ArticleUpdated.class, articleId, 2);
        assertThat(second.url()).isEqualTo(first.url());
        assertThat(second.slug()).isEqualTo(first.slug());
        assertThat(second.changeNote()).isEqualTo("Added the 2026 Cochrane review.");
        assertThat(second.publishedAt()).isEqualTo(first.publishedAt());
        assertThat(second.updatedAt()).isAfter(first.publishedAt());
        String pageOfVersion2 = http.getForObject(pathOf(second.url()), String.class);
        assertThat(pageOfVersion2).contains("<h1>What does the evidence say about echinacea?</h1>")
                .contains("Added the 2026 Cochrane review.")
                .contains("<strong>Updated <time")
                .contains("\"dateModified\":\"" + second.updatedAt().truncatedTo(ChronoUnit.SECONDS) + "\"");

        awaitHandled(sendReview(approved(articleId, 1, "Is echinacea worth trying? (stale)")));
        awaitHandled(sendReview(approved(articleId, 2, "What does the evidence say? (same version again)")));
        awaitHandled(sendReview(again(update)));

        assertThat(announcementsOf(articleId)).extracting(ArticleEvent::eventType, ArticleEvent::articleVersion)
                .containsExactly(tuple("ArticlePublished", 1), tuple("ArticleUpdated", 2));
        assertThat(http.getForObject(pathOf(second.url()), String.class)).isEqualTo(pageOfVersion2);
    }

    @Test
    void articlesWithTheSameTitleGetDifferentSlugs() {
        String firstId = newArticleId();
        String secondId = newArticleId();
        sendReview(approved(firstId, 1, "Can sleep affect immunity?"));
        ArticlePublished first = awaitPublished(firstId, 1);
        sendReview(approved(secondId, 1, "Can sleep affect immunity?"));
        ArticlePublished second = awaitPublished(secondId, 1);

        assertThat(first.slug()).isEqualTo("can-sleep-affect-immunity");
        assertThat(second.slug()).isEqualTo("can-sleep-affect-immunity-2");
        assertThat(http.getForEntity(pathOf(second), String.class).getStatusCode()).isEqualTo(HttpStatus.OK);
    }
}
