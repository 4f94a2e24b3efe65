package org.healthjournal.pipeline.notifier.delivery;

import org.healthjournal.pipeline.events.ArticleRetracted;
import org.healthjournal.pipeline.notifier.staff.StaffNotifier;
import org.healthjournal.pipeline.support.kafka.EventConsumerRouteBuilder;
import org.springframework.stereotype.Component;

/**
 * Consumes {@code pipeline.topics.reviews} in a consumer group of its own ({@code notifier-reviews},
 * which the fault suite's {@code PoisonTopic.REVIEWS} expects dead letters from): retractions take
 * the article out of the feeds and stop its unsent mails; review decisions, overdue reviews and
 * periodic re-reviews become staff mails.
 */
@Component
class ReviewEventRoute extends EventConsumerRouteBuilder {

    static final String CONSUMER = "notifier-reviews";

    private final RetractedArticleHandler retractions;
    private final StaffNotifier staffNotifier;

    ReviewEventRoute(RetractedArticleHandler retractions, StaffNotifier staffNotifier) {
        this.retractions = retractions;
        this.staffNotifier = staffNotifier;
    }

    @Override
    public void configure() {
        useDeadLetterTopic(CONSUMER);
        fromEvents("pipeline.topics.reviews", CONSUMER, "notifier-review-events", event -> {
            if (event instanceof ArticleRetracted retracted) {
                retractions.handle(retracted);
            }
            staffNotifier.handle(event);
        });
    }
}
