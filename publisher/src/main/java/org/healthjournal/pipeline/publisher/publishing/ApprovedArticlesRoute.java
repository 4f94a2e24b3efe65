package org.healthjournal.pipeline.publisher.publishing;

import org.healthjournal.pipeline.events.ArticleApproved;
import org.healthjournal.pipeline.events.ArticleRetracted;
import org.healthjournal.pipeline.events.ArticleReviewConfirmed;
import org.healthjournal.pipeline.support.kafka.EventConsumerRouteBuilder;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Approvals from the review topic become pages; confirmed re-reviews and retractions change them;
 * the other review events do not concern the site.
 */
@Component
class ApprovedArticlesRoute extends EventConsumerRouteBuilder {

    private final ArticlePublishing publishing;
    private final PageReviews reviews;

    private final int consumers;

    ApprovedArticlesRoute(ArticlePublishing publishing, PageReviews reviews,
            @Value("${pipeline.publisher.consumers:1}") int consumers) {
        this.publishing = publishing;
        this.reviews = reviews;
        this.consumers = consumers;
    }

    /**
     * Publishing a page mostly waits on the database, so several consumers overlap (one route each,
     * one group); an article's events share its partition, so they stay in order.
     */
    @Override
    public void configure() {
        useDeadLetterTopic(ArticlePublishing.CONSUMER);
        fromEvents("pipeline.topics.reviews", ArticlePublishing.CONSUMER, "publish-approved-articles", consumers,
                event -> {
                    if (event instanceof ArticleApproved approved) {
                        publishing.publish(approved);
                    } else if (event instanceof ArticleReviewConfirmed confirmed) {
                        reviews.confirmed(confirmed);
                    } else if (event instanceof ArticleRetracted retracted) {
                        reviews.retracted(retracted);
                    }
                });
    }
}
