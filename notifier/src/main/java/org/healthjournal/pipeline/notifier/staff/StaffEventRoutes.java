package org.healthjournal.pipeline.notifier.staff;

import org.healthjournal.pipeline.support.kafka.EventConsumerRouteBuilder;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * Consumes the review decisions (changes requested, approved, rejected) for the writers' mails, in
 * a consumer group of its own ({@code notifier-staff}). Off unless
 * {@code pipeline.notifier.staff.review-events=true}: a new group on the reviews topic dead-letters
 * each poison record once more, which the fault suite (faults/, {@code PoisonTopic.REVIEWS}) must
 * expect first. The publication mail needs no new group: the notifier's own consumer sends it.
 */
@Component
@ConditionalOnProperty(prefix = "pipeline.notifier.staff", name = "review-events", havingValue = "true")
class StaffEventRoutes extends EventConsumerRouteBuilder {

    private final StaffNotifier notifier;

    StaffEventRoutes(StaffNotifier notifier) {
        this.notifier = notifier;
    }

    @Override
    public void configure() {
        useDeadLetterTopic(StaffNotifier.CONSUMER);
        fromEvents("pipeline.topics.reviews", StaffNotifier.CONSUMER, "notifier-staff-reviews", notifier::handle);
    }
}
