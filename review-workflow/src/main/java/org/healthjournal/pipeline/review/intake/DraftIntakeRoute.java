package org.healthjournal.pipeline.review.intake;

import org.healthjournal.pipeline.events.DraftSubmitted;
import org.healthjournal.pipeline.support.kafka.EventConsumerRouteBuilder;
import org.springframework.stereotype.Component;

/** Every submitted draft (first version or revision) gets a medical review. */
@Component
class DraftIntakeRoute extends EventConsumerRouteBuilder {

    static final String CONSUMER = "review-workflow";

    private final MedicalReviewStarter reviews;

    DraftIntakeRoute(MedicalReviewStarter reviews) {
        this.reviews = reviews;
    }

    @Override
    public void configure() {
        useDeadLetterTopic(CONSUMER);
        fromEvents("pipeline.topics.drafts", CONSUMER, "review-draft-intake", event -> {
            if (event instanceof DraftSubmitted draft) {
                reviews.startFor(draft);
            }
        });
    }
}
