package org.healthjournal.pipeline.review.process;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * {@code pipeline.review.*}: the review's timings and which drafts need two reviewers. Read by the
 * process definitions as {@code ${reviewSettings.…}} (timer durations are ISO 8601, e.g. {@code P2D}).
 */
@ConfigurationProperties("pipeline.review")
public class ReviewSettings {

    /** How long a review task may wait before editors may take it too and ReviewOverdue goes out. */
    private String sla = "P2D";
    /** How long a writer has to revise after changes were requested before the article is withdrawn. */
    private String withdrawAfter = "P30D";
    /** From an approval (or a confirmed re-review) to the next periodic re-review. */
    private Period nextReviewInterval = Period.ofMonths(12);
    /** Categories whose drafts always need a second medical reviewer (HIGH-risk drafts always do). */
    private List<String> secondReviewCategories = new ArrayList<>();

    public boolean needsSecondReview(String category) {
        return category != null && secondReviewCategories.stream()
                .anyMatch(listed -> listed.strip().toLowerCase(Locale.ROOT).equals(category.strip().toLowerCase(Locale.ROOT)));
    }

    public String getSla() {
        return sla;
    }

    public void setSla(String sla) {
        this.sla = sla;
    }

    public String getWithdrawAfter() {
        return withdrawAfter;
    }

    public void setWithdrawAfter(String withdrawAfter) {
        this.withdrawAfter = withdrawAfter;
    }

    public Period getNextReviewInterval() {
        return nextReviewInterval;
    }

    public void setNextReviewInterval(Period nextReviewInterval) {
        this.nextReviewInterval = nextReviewInterval;
    }

    public List<String> getSecondReviewCategories() {
        return secondReviewCategories;
    }

    public void setSecondReviewCategories(List<String> secondReviewCategories) {
        this.secondReviewCategories = secondReviewCategories;
    }
}
