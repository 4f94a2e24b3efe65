package org.healthjournal.pipeline.review.process;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

import java.time.Period;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class ReviewSettingsTest {

    @Test
    void defaultsAreATwoDaySlaThirtyDaysToReviseAndAReReviewAfterTwelveMonths() {
        ReviewSettings settings = bind(Map.of("pipeline.review.second-review-categories", ""));

        assertThat(settings.getSla()).isEqualTo("P2D");
        assertThat(settings.getWithdrawAfter()).isEqualTo("P30D");
        assertThat(settings.getNextReviewInterval()).isEqualTo(Period.ofMonths(12));
        assertThat(settings.getSecondReviewCategories()).isEmpty();
        assertThat(settings.needsSecondReview("Cardiology")).isFalse();
    }

    @Test
    void listedCategoriesNeedASecondReviewerWhateverTheirCase() {
        ReviewSettings settings = bind(Map.of(
                "pipeline.review.second-review-categories", "Cardiology, Mental Health",
                "pipeline.review.next-review-interval", "P6M"));

        assertThat(settings.needsSecondReview("cardiology")).isTrue();
        assertThat(settings.needsSecondReview(" Mental health ")).isTrue();
        assertThat(settings.needsSecondReview("Immune Health")).isFalse();
        assertThat(settings.needsSecondReview(null)).isFalse();
        assertThat(settings.getNextReviewInterval()).isEqualTo(Period.ofMonths(6));
    }

    private static ReviewSettings bind(Map<String, String> properties) {
        return new Binder(new MapConfigurationPropertySource(properties))
                .bindOrCreate("pipeline.review", ReviewSettings.class);
    }
}
