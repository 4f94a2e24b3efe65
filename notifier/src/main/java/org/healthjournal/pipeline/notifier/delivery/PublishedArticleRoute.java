package org.healthjournal.pipeline.notifier.delivery;

import org.healthjournal.pipeline.events.ArticlePublished;
import org.healthjournal.pipeline.notifier.staff.StaffNotifier;
import org.healthjournal.pipeline.support.kafka.EventConsumerRouteBuilder;
import org.springframework.stereotype.Component;

/** Consumes {@code pipeline.topics.published}; other event types on it are ignored. */
@Component
class PublishedArticleRoute extends EventConsumerRouteBuilder {

    private final PublishedArticleHandler handler;
    private final StaffNotifier staffNotifier;

    PublishedArticleRoute(PublishedArticleHandler handler, StaffNotifier staffNotifier) {
        this.handler = handler;
        this.staffNotifier = staffNotifier;
    }

    @Override
    public void configure() {
        useDeadLetterTopic(PublishedArticleHandler.CONSUMER);
        fromEvents("pipeline.topics.published", PublishedArticleHandler.CONSUMER, "notifier-published-articles",
                event -> {
                    if (event instanceof ArticlePublished article) {
                        handler.handle(article);
                        // the writer's "published" mail, idempotent on its own (consumer notifier-staff):
                        // a redelivery after a failure here does not announce the article twice
                        staffNotifier.handle(article);
                    }
                });
    }
}
