package org.healthjournal.pipeline.notifier.delivery;

import org.healthjournal.pipeline.events.ArticlePublished;
import org.healthjournal.pipeline.support.kafka.EventConsumerRouteBuilder;
import org.springframework.stereotype.Component;

/** Consumes {@code pipeline.topics.published}; other event types on it are ignored. */
@Component
class PublishedArticleRoute extends EventConsumerRouteBuilder {

    private final PublishedArticleHandler handler;

    PublishedArticleRoute(PublishedArticleHandler handler) {
        this.handler = handler;
    }

    @Override
    public void configure() {
        useDeadLetterTopic(PublishedArticleHandler.CONSUMER);
        fromEvents("pipeline.topics.published", PublishedArticleHandler.CONSUMER, "notifier-published-articles",
                event -> {
                    if (event instanceof ArticlePublished article) {
                        handler.handle(article);
                    }
                });
    }
}
