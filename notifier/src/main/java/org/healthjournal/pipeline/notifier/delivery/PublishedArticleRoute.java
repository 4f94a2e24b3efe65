package org.healthjournal.pipeline.notifier.delivery;

import org.healthjournal.pipeline.events.ArticlePublished;
import org.healthjournal.pipeline.events.ArticleScheduled;
import org.healthjournal.pipeline.events.ArticleUpdated;
import org.healthjournal.pipeline.notifier.staff.StaffNotifier;
import org.healthjournal.pipeline.support.kafka.EventConsumerRouteBuilder;
import org.springframework.stereotype.Component;

/**
 * Consumes {@code pipeline.topics.published} (consumer group {@code notifier}): publications,
 * updates and schedules; other event types on it are ignored.
 */
@Component
class PublishedArticleRoute extends EventConsumerRouteBuilder {

    private final PublishedArticleHandler published;
    private final UpdatedArticleHandler updated;
    private final StaffNotifier staffNotifier;

    PublishedArticleRoute(PublishedArticleHandler published, UpdatedArticleHandler updated,
            StaffNotifier staffNotifier) {
        this.published = published;
        this.updated = updated;
        this.staffNotifier = staffNotifier;
    }

    @Override
    public void configure() {
        useDeadLetterTopic(PublishedArticleHandler.CONSUMER);
        fromEvents("pipeline.topics.published", PublishedArticleHandler.CONSUMER, "notifier-published-articles",
                event -> {
                    if (event instanceof ArticlePublished article) {
                        published.handle(article);
                    } else if (event instanceof ArticleUpdated article) {
                        updated.handle(article);
                    } else if (!(event instanceof ArticleScheduled)) {
                        return;
                    }
                    // the writer's mail, idempotent on its own (processed as notifier-staff): a
                    // redelivery after a failure here does not announce the article twice
                    staffNotifier.handle(event);
                });
    }
}
