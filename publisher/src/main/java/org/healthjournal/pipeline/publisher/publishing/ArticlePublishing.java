package org.healthjournal.pipeline.publisher.publishing;

import org.healthjournal.pipeline.content.MarkdownRenderer;
import org.healthjournal.pipeline.content.RenderedArticle;
import org.healthjournal.pipeline.events.ArticleApproved;
import org.healthjournal.pipeline.publisher.articles.ArticleScheduledForLater;
import org.healthjournal.pipeline.events.ArticleContent;
import org.healthjournal.pipeline.events.ArticlePublished;
import org.healthjournal.pipeline.events.ArticleScheduled;
import org.healthjournal.pipeline.events.ArticleUpdated;
import org.healthjournal.pipeline.events.EventIds;
import org.healthjournal.pipeline.events.ReviewerSignOff;
import org.healthjournal.pipeline.publisher.PublisherProperties;
import org.healthjournal.pipeline.publisher.articles.ArticleStore;
import org.healthjournal.pipeline.publisher.articles.ArticleWentLive;
import org.healthjournal.pipeline.publisher.articles.PageStatus;
import org.healthjournal.pipeline.publisher.articles.PublishedArticle;
import org.healthjournal.pipeline.support.PipelineProperties;
import org.healthjournal.pipeline.support.idempotency.ProcessedEvents;
import org.healthjournal.pipeline.support.kafka.UnprocessableEventException;
import org.healthjournal.pipeline.support.outbox.Outbox;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

/**
 * Puts an approved version of an article live and announces it: {@link ArticlePublished} for a
 * first version, {@link ArticleUpdated} when a newer version replaces the live page (same slug and
 * address, "Updated" date and change note on the page). A version whose {@code publishAt} lies
 * ahead is kept off the site ({@link ScheduledPublications}) and announced as
 * {@link ArticleScheduled}; {@link #publishDue()} puts it live when its time comes. A newer approval
 * moves the schedule, or cancels it and publishes at once when it has no {@code publishAt}.
 *
 * <p>The page, the processed approval and {@link ArticlePublished} (into the outbox) are committed
 * in one database transaction, so no page is live without its event and no event announces a page
 * that was rolled back. The outbox relay sends the event to Kafka after the commit. The event id
 * is derived from the article and version, so a republication after a crash is recognisable.
 */
@Service
public class ArticlePublishing {

    static final String CONSUMER = "publisher";
    private static final Logger log = LoggerFactory.getLogger(ArticlePublishing.class);

    private final ProcessedEvents processedEvents;
    private final ArticleStore store;
    private final ScheduledPublications schedule;
    private final TransactionTemplate transactions;
    private final SlugAllocator slugs;
    private final Outbox outbox;
    private final String publishedTopic;
    private final PublisherProperties site;
    private final Clock clock;
    private final ApplicationEventPublisher events;
    private final MarkdownRenderer renderer = new MarkdownRenderer();

    public ArticlePublishing(ProcessedEvents processedEvents, ArticleStore store, ScheduledPublications schedule,
            TransactionTemplate transactions, Outbox outbox, PipelineProperties pipeline, PublisherProperties site,
            Clock clock, ApplicationEventPublisher events) {
        this.processedEvents = processedEvents;
        this.store = store;
        this.schedule = schedule;
        this.transactions = transactions;
        this.slugs = new SlugAllocator(slug -> store.slugTaken(slug) || schedule.slugTaken(slug));
        this.outbox = outbox;
        this.publishedTopic = pipeline.getTopics().getPublished();
        this.site = site;
        this.clock = clock;
        this.events = events;
    }

    public void publish(ArticleApproved approved) {
        boolean handled = processedEvents.once(CONSUMER, approved.eventId(), () -> publishUnlessStale(approved));
        if (!handled) {
            log.info("dropped redelivered approval {} of article {} v{}", approved.eventId(), approved.articleId(),
                    approved.articleVersion());
        }
    }

    private void publishUnlessStale(ArticleApproved approved) {
        Optional<PublishedArticle> live = store.findById(approved.articleId());
        Optional<ScheduledPublications.Scheduled> waiting = schedule.find(approved.articleId());
        int newest = Math.max(live.map(PublishedArticle::version).orElse(0),
                waiting.map(ScheduledPublications.Scheduled::version).orElse(0));
        if (newest >= approved.articleVersion()) {
            log.info("article {} has v{} live or scheduled; ignoring approval of v{}", approved.articleId(),
                    newest, approved.articleVersion());
            return;
        }
        if (live.isPresent() && live.get().isRetracted()) {
            // a retraction stands: its notice stays at the address, a corrected text is a new article
            log.info("article {} is retracted; ignoring approval of v{}", approved.articleId(),
                    approved.articleVersion());
            return;
        }
        requireTitle(approved);
        String slug = live.map(PublishedArticle::slug)
                .or(() -> waiting.map(ScheduledPublications.Scheduled::slug))
                .orElseGet(() -> slugs.slugFor(Optional.empty(), approved.content().title()));
        Instant publishAt = approved.content().publishAt();
        Instant now = now();
        if (publishAt != null && publishAt.isAfter(now)) {
            schedule.schedule(approved, slug, publishAt);
            outbox.append(publishedTopic, scheduledAnnouncement(approved, slug, publishAt, now));
            events.publishEvent(new ArticleScheduledForLater(approved.articleId(), approved.articleVersion(), publishAt));
            log.info("article {} v{} scheduled for {} at /articles/{}", approved.articleId(),
                    approved.articleVersion(), publishAt, slug);
            return;
        }
        // no publishAt, or one that has passed: live now, and any earlier schedule is cancelled
        if (waiting.isPresent()) {
            schedule.remove(approved.articleId());
        }
        goLive(approved, live, slug);
    }

    /**
     * Puts every scheduled version whose time has come live, each in its own transaction, and only
     * then announces it ({@link ArticlePublished}, or {@link ArticleUpdated} for a scheduled update).
     *
     * @return how many went live
     */
    public int publishDue() {
        int published = 0;
        for (ScheduledPublications.Scheduled due : schedule.dueAt(now())) {
            try {
                Boolean went = transactions.execute(status -> {
                    if (!schedule.take(due.articleId(), due.version())) {
                        return false; // a newer approval moved or cancelled it meanwhile
                    }
                    goLive(due.approval(), store.findById(due.articleId()), due.slug());
                    return true;
                });
                published += Boolean.TRUE.equals(went) ? 1 : 0;
            } catch (RuntimeException e) {
                // stays scheduled: the next run tries again
                log.error("cannot publish scheduled article {} v{}", due.articleId(), due.version(), e);
            }
        }
        return published;
    }

    private void goLive(ArticleApproved approved, Optional<PublishedArticle> live, String slug) {
        PublishedArticle article = render(approved, live, slug);
        if (live.isPresent()) {
            store.save(article);
        } else {
            store.insertNew(article);
        }
        outbox.append(publishedTopic, live.isPresent() ? updateAnnouncement(article, approved)
                : announcement(article, approved));
        events.publishEvent(new ArticleWentLive(article, live.orElse(null)));
        log.info("article {} v{} is live at /articles/{}", article.articleId(), article.version(), article.slug());
    }

    private static void requireTitle(ArticleApproved approved) {
        String title = approved.content().title();
        if (title == null || title.isBlank()) {
            // no retry can give it one: straight to the dead-letter topic
            throw new UnprocessableEventException("approved article " + approved.articleId() + " has no title");
        }
    }

    /** The database keeps microseconds; an event must carry the same instant as the page. */
    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    private PublishedArticle render(ArticleApproved approved, Optional<PublishedArticle> live, String slug) {
        ArticleContent content = approved.content();
        RenderedArticle rendered = renderer.render(content);
        Instant now = now();
        return new PublishedArticle(
                approved.articleId(),
                approved.articleVersion(),
                slug,
                content.title().strip(),
                blankToNull(content.dek()),
                blankToNull(content.category()),
                content.tags(),
                approved.author(),
                approved.reviewer(),
                approved.reviewedAt(),
                rendered.bodyHtml(),
                rendered.keyTakeawayHtml(),
                SourceLinks.webLinksOnly(content.references()),
                rendered.readMinutes(),
                live.map(PublishedArticle::publishedAt).orElse(now),
                now,
                approved.reviewers(),
                approved.nextReviewDue(),
                live.isPresent() ? blankToNull(content.changeNote()) : null,
                PageStatus.PUBLISHED,
                null,
                null);
    }

    private ArticlePublished announcement(PublishedArticle article, ArticleApproved approved) {
        return new ArticlePublished(
                EventIds.derived(ArticlePublished.TYPE, article.articleId(), String.valueOf(article.version())),
                null, 0,
                article.articleId(),
                article.version(),
                article.updatedAt(),
                approved.correlationId(),
                article.author(),
                article.reviewer(),
                article.slug(),
                site.articleUrl(article.slug()),
                article.title(),
                article.dek(),
                article.category(),
                article.tags(),
                article.publishedAt(),
                article.readMinutes(),
                signOffs(article));
    }

    private ArticleScheduled scheduledAnnouncement(ArticleApproved approved, String slug, Instant publishAt,
            Instant now) {
        return new ArticleScheduled(
                EventIds.derived(ArticleScheduled.TYPE, approved.articleId(), String.valueOf(approved.articleVersion())),
                null, 0,
                approved.articleId(),
                approved.articleVersion(),
                now,
                approved.correlationId(),
                approved.author(),
                slug,
                site.articleUrl(slug),
                approved.content().title().strip(),
                publishAt);
    }

    /** A newer version replaced the live page: {@link ArticleUpdated}, not a second {@link ArticlePublished}. */
    private ArticleUpdated updateAnnouncement(PublishedArticle article, ArticleApproved approved) {
        return new ArticleUpdated(
                EventIds.derived(ArticleUpdated.TYPE, article.articleId(), String.valueOf(article.version())),
                null, 0,
                article.articleId(),
                article.version(),
                article.updatedAt(),
                approved.correlationId(),
                article.author(),
                article.reviewer(),
                article.slug(),
                site.articleUrl(article.slug()),
                article.title(),
                article.dek(),
                article.category(),
                article.tags(),
                article.publishedAt(),
                article.updatedAt(),
                article.changeNote(),
                article.readMinutes(),
                signOffs(article));
    }

    /** The sign-offs the approval carried; a bare one naming the reviewer when it carried none. */
    static List<ReviewerSignOff> signOffs(PublishedArticle article) {
        return article.reviewers().isEmpty()
                ? List.of(new ReviewerSignOff(article.reviewer(), null, null, article.reviewedAt()))
                : article.reviewers();
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
