package org.healthjournal.pipeline.notifier.delivery;

import org.healthjournal.pipeline.events.ArticlePublished;
import org.healthjournal.pipeline.notifier.feeds.FeedEntries;
import org.healthjournal.pipeline.support.idempotency.ProcessedEvents;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import java.time.Instant;

/** What the notifier does when an article goes live: list it in the feeds and mail subscribers. */
@Component
public class PublishedArticleHandler {

    static final String CONSUMER = "notifier";

    private static final Logger log = LoggerFactory.getLogger(PublishedArticleHandler.class);

    private final ProcessedEvents processedEvents;
    private final FeedEntries feedEntries;
    private final Announcements announcements;
    private final Newsletter newsletter;

    public PublishedArticleHandler(ProcessedEvents processedEvents, FeedEntries feedEntries,
            Announcements announcements, Newsletter newsletter) {
        this.processedEvents = processedEvents;
        this.feedEntries = feedEntries;
        this.announcements = announcements;
        this.newsletter = newsletter;
    }

    public void handle(ArticlePublished article) {
        boolean firstDelivery = processedEvents.once(CONSUMER, article.eventId(), () -> {
            feedEntries.record(article);
            if (announcements.registerIfFirst(article, Instant.now())) {
                log.info("article {} v{} published for the first time; announcing it", article.articleId(),
                        article.articleVersion());
            }
        });
        if (!firstDelivery) {
            log.info("event {} for article {} seen before; resuming any unfinished announcement", article.eventId(),
                    article.articleId());
        }
        // outside the once(): a redelivery after a crash mid-way must finish the mails it started
        newsletter.announce(article);
    }
}
