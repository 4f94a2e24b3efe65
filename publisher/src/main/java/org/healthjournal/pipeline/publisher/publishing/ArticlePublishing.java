package org.healthjournal.pipeline.publisher.publishing;

import org.healthjournal.pipeline.content.MarkdownRenderer;
import org.healthjournal.pipeline.content.RenderedArticle;
import org.healthjournal.pipeline.events.ArticleApproved;
import org.healthjournal.pipeline.events.ArticleContent;
import org.healthjournal.pipeline.events.ArticlePublished;
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

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

/**
 * Puts an approved version of an article live and announces it: {@link ArticlePublished} for a
 * first version, {@link ArticleUpdated} when a newer version replaces the live page (same slug and
 * address, "Updated" date and change note on the page).
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
    private final SlugAllocator slugs;
    private final Outbox outbox;
    private final String publishedTopic;
    private final PublisherProperties site;
    private final Clock clock;
    private final ApplicationEventPublisher events;
    private final MarkdownRenderer renderer = new MarkdownRenderer();

    public ArticlePublishing(ProcessedEvents processedEvents, ArticleStore store, Outbox outbox,
            PipelineProperties pipeline, PublisherProperties site, Clock clock, ApplicationEventPublisher events) {
        this.processedEvents = processedEvents;
        this.store = store;
        this.slugs = new SlugAllocator(store);
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
        if (live.isPresent() && live.get().version() >= approved.articleVersion()) {
            log.info("article {} is live at v{}; ignoring approval of v{}", approved.articleId(),
                    live.get().version(), approved.articleVersion());
            return;
        }
        PublishedArticle article = render(approved, live);
        store.save(article);
        outbox.append(publishedTopic, live.isPresent() ? updateAnnouncement(article, approved)
                : announcement(article, approved));
        events.publishEvent(new ArticleWentLive(article));
        log.info("article {} v{} is live at /articles/{}", article.articleId(), article.version(), article.slug());
    }

    private PublishedArticle render(ArticleApproved approved, Optional<PublishedArticle> live) {
        ArticleContent content = approved.content();
        if (content.title() == null || content.title().isBlank()) {
            // no retry can give it one: straight to the dead-letter topic
            throw new UnprocessableEventException("approved article " + approved.articleId() + " has no title");
        }
        RenderedArticle rendered = renderer.render(content);
        // the database keeps microseconds; the event must carry the same instant as the page
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        return new PublishedArticle(
                approved.articleId(),
                approved.articleVersion(),
                slugs.slugFor(live.map(PublishedArticle::slug), content.title()),
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
