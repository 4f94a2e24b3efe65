package org.healthjournal.pipeline.review.intake;

import org.healthjournal.pipeline.events.DraftSubmitted;
import org.healthjournal.pipeline.support.kafka.EventConsumerRouteBuilder;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Every submitted draft (first version or revision) gets a medical review.
 *
 * <p>Starting a review mostly waits on the database, so the drafts topic is read by
 * {@code pipeline.review.intake.consumers} routes in one consumer group: Kafka gives each some of the
 * topic's partitions (more consumers than partitions would sit idle). Each is a route of its own,
 * not Camel's {@code consumersCount}, because the retry machinery pauses and rewinds one route's
 * Kafka consumer, and a route with several consumers shares one rewind listener between them. All
 * versions of an article have the article id as key, so one consumer sees them in order.
 */
@Component
class DraftIntakeRoute extends EventConsumerRouteBuilder {

    static final String CONSUMER = "review-workflow";
    static final String ROUTE_ID = "review-draft-intake";

    private final MedicalReviewStarter reviews;
    private final int consumers;

    DraftIntakeRoute(MedicalReviewStarter reviews, @Value("${pipeline.review.intake.consumers:1}") int consumers) {
        if (consumers < 1) {
            throw new IllegalArgumentException("pipeline.review.intake.consumers must be at least 1, not " + consumers);
        }
        this.reviews = reviews;
        this.consumers = consumers;
    }

    @Override
    public void configure() {
        useDeadLetterTopic(CONSUMER);
        fromEvents("pipeline.topics.drafts", CONSUMER, ROUTE_ID, consumers, event -> {
            if (event instanceof DraftSubmitted draft) {
                reviews.startFor(draft);
            }
        });
    }

    /** The first keeps the single route's old id, so dashboards and logs keep their name. */
    static String routeId(int consumer) {
        return EventConsumerRouteBuilder.routeId(ROUTE_ID, consumer);
    }
}
