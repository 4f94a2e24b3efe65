package org.healthjournal.pipeline.notifier.delivery;

import org.healthjournal.pipeline.events.ArticlePublished;
import org.healthjournal.pipeline.events.ReviewerSignOff;
import org.healthjournal.pipeline.notifier.XmlCharacters;
import org.healthjournal.pipeline.notifier.subscriptions.Categories;
import org.healthjournal.pipeline.notifier.feeds.FeedEntries;
import org.healthjournal.pipeline.support.idempotency.ProcessedEvents;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * What the notifier does when an article goes live: list it in the feeds and, on its first
 * publication, queue one mail per confirmed subscriber. All of it is one database transaction
 * with the processed-event record, and no mail is sent here: the senders ({@link SenderPool})
 * work through the queue, so the Kafka offset is committed at once, however long the list.
 */
@Component
public class PublishedArticleHandler {

    static final String CONSUMER = "notifier";

    /**
     * Mails queued at once from which the ledger's statistics are refreshed right after the commit,
     * before the senders are woken (see {@link Deliveries#refreshStatistics}); small announcements
     * do not need it.
     */
    static final int STATISTICS_AFTER = 1000;

    private static final Logger log = LoggerFactory.getLogger(PublishedArticleHandler.class);

    private final ProcessedEvents processedEvents;
    private final FeedEntries feedEntries;
    private final Announcements announcements;
    private final Deliveries deliveries;
    private final DeliveryWakeUp wakeUp;

    public PublishedArticleHandler(ProcessedEvents processedEvents, FeedEntries feedEntries,
            Announcements announcements, Deliveries deliveries, DeliveryWakeUp wakeUp) {
        this.processedEvents = processedEvents;
        this.feedEntries = feedEntries;
        this.announcements = announcements;
        this.deliveries = deliveries;
        this.wakeUp = wakeUp;
    }

    public void handle(ArticlePublished event) {
        ArticlePublished article = withStorableText(event);
        AtomicInteger queued = new AtomicInteger();
        boolean firstDelivery = processedEvents.once(CONSUMER, article.eventId(), () -> {
            feedEntries.record(article);
            Instant now = Instant.now();
            if (announcements.registerIfFirst(article, now)) {
                int mails = deliveries.queue(article.articleId(), Categories.slug(article.category()), now);
                if (mails == 0) {
                    announcements.completeIfDone(article.articleId(), now);
                }
                queued.set(mails);
                log.info("article {} v{} published for the first time; {} mails queued", article.articleId(),
                        article.articleVersion(), mails);
            }
        });
        if (!firstDelivery) {
            log.info("event {} for article {} seen before; nothing to do", article.eventId(), article.articleId());
        }
        if (queued.get() >= STATISTICS_AFTER) {
            try {
                deliveries.refreshStatistics();
            } catch (RuntimeException e) {
                // only the lease query's speed depends on it; the database's own analyze comes later
                log.warn("could not refresh the delivery ledger's statistics: {}", e.getMessage());
            }
        }
        if (queued.get() > 0) {
            // after the commit: a sender woken earlier would not see the rows yet
            wakeUp.signal();
        }
    }

    /** The article with its texts cleaned of characters that neither the database nor XML can hold. */
    static ArticlePublished withStorableText(ArticlePublished a) {
        return new ArticlePublished(a.eventId(), a.eventType(), a.schemaVersion(), a.articleId(), a.articleVersion(),
                a.occurredAt(), a.correlationId(), clean(a.author()), clean(a.reviewer()), a.slug(), clean(a.url()),
                clean(a.title()), clean(a.dek()), clean(a.category()), a.tags().stream().map(XmlCharacters::clean)
                .toList(), a.publishedAt(), a.readTimeMinutes(), a.reviewers().stream().map(r -> new ReviewerSignOff(
                clean(r.username()), clean(r.displayName()), clean(r.credentials()), r.reviewedAt())).toList());
    }

    private static String clean(String text) {
        return XmlCharacters.clean(text);
    }
}
