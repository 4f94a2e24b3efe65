package org.healthjournal.pipeline.publisher.publishing;

import org.healthjournal.pipeline.events.ArticleRetracted;
import org.healthjournal.pipeline.events.ArticleReviewConfirmed;
import org.healthjournal.pipeline.events.ReviewerSignOff;
import org.healthjournal.pipeline.publisher.articles.ArticleLeftTheLists;
import org.healthjournal.pipeline.publisher.articles.ArticleStore;
import org.healthjournal.pipeline.publisher.articles.ArticleWentLive;
import org.healthjournal.pipeline.publisher.articles.PublishedArticle;
import org.healthjournal.pipeline.support.idempotency.ProcessedEvents;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;

import java.util.List;
import java.util.Optional;

/**
 * What medical review does to a live page after publication. A re-review that confirms the article
 * as it stands moves its review dates (page and JSON-LD); a retraction replaces the body with the
 * notice and takes the page off every list, the sitemap and search, at the same address. Neither
 * is announced: the notifier hears of a retraction from the review workflow itself.
 */
@Service
public class PageReviews {

    private static final Logger log = LoggerFactory.getLogger(PageReviews.class);

    private final ProcessedEvents processedEvents;
    private final ArticleStore store;
    private final ScheduledPublications schedule;
    private final ApplicationEventPublisher events;

    public PageReviews(ProcessedEvents processedEvents, ArticleStore store, ScheduledPublications schedule,
            ApplicationEventPublisher events) {
        this.processedEvents = processedEvents;
        this.store = store;
        this.schedule = schedule;
        this.events = events;
    }

    public void confirmed(ArticleReviewConfirmed review) {
        processedEvents.once(ArticlePublishing.CONSUMER, review.eventId(), () -> {
            Optional<PublishedArticle> live = store.findById(review.articleId()).filter(a -> !a.isRetracted());
            if (live.isEmpty() || !review.reviewedAt().isAfter(live.get().reviewedAt())) {
                log.info("re-review of article {} ({}) changes no live page", review.articleId(), review.reviewedAt());
                return;
            }
            PublishedArticle article = live.get();
            List<ReviewerSignOff> signOffs = review.reviewers().isEmpty() ? article.reviewers() : review.reviewers();
            String lastReviewer = review.reviewers().isEmpty() ? article.reviewer()
                    : review.reviewers().get(review.reviewers().size() - 1).username();
            PublishedArticle confirmed = article.reviewConfirmed(lastReviewer, review.reviewedAt(), signOffs,
                    review.nextReviewDue());
            store.save(confirmed);
            events.publishEvent(new ArticleWentLive(confirmed));
            log.info("article {} re-reviewed {}, next review due {}", review.articleId(), review.reviewedAt(),
                    review.nextReviewDue());
        });
    }

    public void retracted(ArticleRetracted retraction) {
        processedEvents.once(ArticlePublishing.CONSUMER, retraction.eventId(), () -> {
            // a version still waiting for its time never goes live
            schedule.remove(retraction.articleId());
            Optional<PublishedArticle> live = store.findById(retraction.articleId()).filter(a -> !a.isRetracted());
            if (live.isEmpty()) {
                log.info("retraction of article {}: no live page", retraction.articleId());
                return;
            }
            PublishedArticle retracted = live.get().retracted(retraction.reason().strip(),
                    retraction.retractedAt());
            store.save(retracted);
            events.publishEvent(new ArticleLeftTheLists(retracted));
            log.info("article {} retracted at /articles/{}", retracted.articleId(), retracted.slug());
        });
    }
}
