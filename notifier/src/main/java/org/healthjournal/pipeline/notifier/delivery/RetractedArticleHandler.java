package org.healthjournal.pipeline.notifier.delivery;

import org.healthjournal.pipeline.events.ArticleRetracted;
import org.healthjournal.pipeline.notifier.feeds.FeedEntries;
import org.healthjournal.pipeline.support.idempotency.ProcessedEvents;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import java.time.Instant;

/**
 * A reviewer retracted a published article: it leaves every feed, and its announcement mails not
 * yet sent are stopped (recorded SKIPPED). One transaction with the processed-event record.
 */
@Component
public class RetractedArticleHandler {

    private static final Logger log = LoggerFactory.getLogger(RetractedArticleHandler.class);

    private final ProcessedEvents processedEvents;
    private final FeedEntries feedEntries;
    private final Announcements announcements;
    private final Deliveries deliveries;

    public RetractedArticleHandler(ProcessedEvents processedEvents, FeedEntries feedEntries,
            Announcements announcements, Deliveries deliveries) {
        this.processedEvents = processedEvents;
        this.feedEntries = feedEntries;
        this.announcements = announcements;
        this.deliveries = deliveries;
    }

    public void handle(ArticleRetracted event) {
        processedEvents.once(PublishedArticleHandler.CONSUMER, event.eventId(), () -> {
            boolean listed = feedEntries.retract(event.articleId(), event.articleVersion(), event.retractedAt());
            int stopped = deliveries.stopPending(event.articleId(), "the article was retracted");
            announcements.completeAllDone(Instant.now());
            log.info("article {} retracted: {} the feeds, {} pending mails stopped", event.articleId(),
                    listed ? "removed from" : "was not in", stopped);
        });
    }
}
