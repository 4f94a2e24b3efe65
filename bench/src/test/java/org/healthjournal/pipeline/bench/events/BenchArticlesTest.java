package org.healthjournal.pipeline.bench.events;

import org.healthjournal.pipeline.content.checks.CheckReport;
import org.healthjournal.pipeline.content.checks.DraftChecker;
import org.healthjournal.pipeline.content.checks.RiskLevel;
import org.healthjournal.pipeline.events.ArticleContent;
import org.healthjournal.pipeline.events.ArticlePublished;
import org.healthjournal.pipeline.events.EventCodec;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class BenchArticlesTest {

    @Test
    void theBenchsArticleReachesAReviewerWithOneApprovalEnough() {
        ArticleContent content = BenchArticles.content("Bench review 1.1 of daily walking", "Bench Review 1");

        CheckReport report = new DraftChecker().check(content);

        assertThat(report.hasBlockers()).as("%s", report.findings()).isFalse();
        assertThat(report.riskLevel()).as("%s", report.findings()).isNotEqualTo(RiskLevel.HIGH);
        assertThat(content.body()).doesNotContainIgnoringCase("cure").doesNotContainIgnoringCase("guarantee");
    }

    @Test
    void eventsRoundTripThroughTheServicesCodec() {
        String id = BenchArticles.newArticleId();
        ArticlePublished published = BenchArticles.published(id, "Evening light", "Sleep", "http://localhost:1");

        assertThat(EventCodec.fromJson(EventCodec.toJson(published))).contains(published);
        assertThat(EventCodec.fromJson(EventCodec.toJson(BenchArticles.approved(id,
                BenchArticles.content("Outdoor play", "Children"))))).isPresent();
        assertThat(BenchArticles.draftSubmitted(id, BenchArticles.content("Walking", "X")).author())
                .isEqualTo(BenchArticles.AUTHOR);
    }
}
