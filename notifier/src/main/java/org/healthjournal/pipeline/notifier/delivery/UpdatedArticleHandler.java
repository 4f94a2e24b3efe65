package org.healthjournal.pipeline.notifier.delivery;

import org.healthjournal.pipeline.events.ArticlePublished;
import org.healthjournal.pipeline.events.ArticleUpdated;
import org.healthjournal.pipeline.notifier.XmlCharacters;
import org.healthjournal.pipeline.notifier.feeds.FeedEntries;
import org.healthjournal.pipeline.notifier.subscriptions.Categories;
import org.healthjournal.pipeline.support.idempotency.ProcessedEvents;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * A newer version replaced a published page: its feed item takes the new title, dek and updated
 * date. Subscribers are not mailed again unless {@code pipeline.notifier.mail-on-update} is true;
 * then each version is announced once, as announcement {@code {articleId}@v{version}} with the
 * subject "Updated: {title}".
 */
@Component
public class UpdatedArticleHandler {

    private static final Logger log = LoggerFactory.getLogger(UpdatedArticleHandler.class);

    private final ProcessedEvents processedEvents;
    private final FeedEntries feedEntries;
    private final Announcements announcements;
    private final Deliveries deliveries;
    private final DeliveryWakeUp wakeUp;
    private final boolean mailOnUpdate;

    public UpdatedArticleHandler(ProcessedEvents processedEvents, FeedEntries feedEntries,
            Announcements announcements, Deliveries deliveries, DeliveryWakeUp wakeUp,
            @Value("${pipeline.notifier.mail-on-update:false}") boolean mailOnUpdate) {
        this.processedEvents = processedEvents;
        this.feedEntries = feedEntries;
        this.announcements = announcements;
        this.deliveries = deliveries;
        this.wakeUp = wakeUp;
        this.mailOnUpdate = mailOnUpdate;
    }

    public void handle(ArticleUpdated event) {
        ArticleUpdated article = withStorableText(event);
        AtomicBoolean queued = new AtomicBoolean();
        processedEvents.once(PublishedArticleHandler.CONSUMER, article.eventId(), () -> {
            feedEntries.update(article);
            if (mailOnUpdate) {
                Instant now = Instant.now();
                ArticlePublished announced = asAnnouncement(article);
                if (announcements.registerIfFirst(announced, now)) {
                    int mails = deliveries.queue(announced.articleId(), Categories.slug(article.category()), now);
                    if (mails == 0) {
                        announcements.completeIfDone(announced.articleId(), now);
                    }
                    queued.set(mails > 0);
                    log.info("article {} v{} updated; {} update mails queued", article.articleId(),
                            article.articleVersion(), mails);
                }
            }
        });
        if (queued.get()) {
            wakeUp.signal();
        }
    }

    private static ArticlePublished asAnnouncement(ArticleUpdated a) {
        return new ArticlePublished(a.eventId(), null, 0, a.articleId() + "@v" + a.articleVersion(),
                a.articleVersion(), a.occurredAt(), a.correlationId(), a.author(), a.reviewer(), a.slug(), a.url(),
                "Updated: " + a.title(), a.dek(), a.category(), a.tags(), a.updatedAt(), a.readTimeMinutes(),
                a.reviewers());
    }

    private static ArticleUpdated withStorableText(ArticleUpdated a) {
        return new ArticleUpdated(a.eventId(), a.eventType(), a.schemaVersion(), a.articleId(), a.articleVersion(),
                a.occurredAt(), a.correlationId(), clean(a.author()), clean(a.reviewer()), a.slug(), clean(a.url()),
                clean(a.title()), clean(a.dek()), clean(a.category()), a.tags().stream().map(XmlCharacters::clean)
                .toList(), a.publishedAt(), a.updatedAt(), clean(a.changeNote()), a.readTimeMinutes(),
                a.reviewers());
    }

    private static String clean(String text) {
        return XmlCharacters.clean(text);
    }
}
