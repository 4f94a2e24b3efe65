package org.healthjournal.pipeline.ingest.tracking;

import org.healthjournal.pipeline.support.kafka.EventConsumerRouteBuilder;
import org.springframework.stereotype.Component;

/** Follows review decisions and publications so writers can see where their drafts stand. */
@Component
class StatusTrackingRoutes extends EventConsumerRouteBuilder {

    static final String REVIEWS_ROUTE = "ingest-status-reviews";
    static final String PUBLISHED_ROUTE = "ingest-status-published";

    private final StatusTracker tracker;

    StatusTrackingRoutes(StatusTracker tracker) {
        this.tracker = tracker;
    }

    @Override
    public void configure() {
        useDeadLetterTopic(StatusTracker.CONSUMER);
        fromEvents("pipeline.topics.reviews", StatusTracker.CONSUMER, REVIEWS_ROUTE, tracker::track);
        fromEvents("pipeline.topics.published", StatusTracker.CONSUMER, PUBLISHED_ROUTE, tracker::track);
    }
}
