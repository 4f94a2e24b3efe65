package org.healthjournal.pipeline.notifier.staff;

import org.healthjournal.pipeline.support.kafka.EventConsumerRouteBuilder;
import org.springframework.stereotype.Component;

/**
 * Consumes the review decisions and publications for the writers' mails, in consumer groups of
 * their own: a failure here never holds up the readers' announcements, nor the other way round.
 */
@Component
class StaffEventRoutes extends EventConsumerRouteBuilder {

    private final StaffNotifier notifier;

    StaffEventRoutes(StaffNotifier notifier) {
        this.notifier = notifier;
    }

    @Override
    public void configure() {
        useDeadLetterTopic(StaffNotifier.CONSUMER);
        fromEvents("pipeline.topics.reviews", "notifier-staff-reviews", "notifier-staff-reviews", notifier::handle);
        fromEvents("pipeline.topics.published", "notifier-staff-published", "notifier-staff-published", notifier::handle);
    }
}
