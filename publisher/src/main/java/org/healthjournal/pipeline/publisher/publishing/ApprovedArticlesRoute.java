package org.healthjournal.pipeline.publisher.publishing;

import org.healthjournal.pipeline.events.ArticleApproved;
import org.healthjournal.pipeline.support.kafka.EventConsumerRouteBuilder;
import org.springframework.stereotype.Component;

/** Approvals from the review topic become pages; the other review outcomes do not concern the site. */
@Component
class ApprovedArticlesRoute extends EventConsumerRouteBuilder {

    private final ArticlePublishing publishing;

    ApprovedArticlesRoute(ArticlePublishing publishing) {
        this.publishing = publishing;
    }

    @Override
    public void configure() {
        useDeadLetterTopic(ArticlePublishing.CONSUMER);
        fromEvents("pipeline.topics.reviews", ArticlePublishing.CONSUMER, "publish-approved-articles", event -> {
            if (event instanceof ArticleApproved approved) {
                publishing.publish(approved);
            }
        });
    }
}
