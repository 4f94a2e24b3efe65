package org.healthjournal.pipeline.ingest.tracking;

import org.healthjournal.pipeline.events.ArticleEvent;
import org.healthjournal.pipeline.ingest.drafts.Draft;
import org.healthjournal.pipeline.ingest.drafts.DraftStatus;
import org.healthjournal.pipeline.ingest.drafts.DraftStore;
import org.healthjournal.pipeline.ingest.drafts.StatusChange;
import org.healthjournal.pipeline.support.idempotency.ProcessedEvents;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.Optional;

/**
 * Keeps each draft's status and history in step with what review and publishing report.
 * Each event is applied once: a redelivery adds no second history row.
 */
@Component
class StatusTracker {

    static final String CONSUMER = "ingest-status";
    private static final Logger log = LoggerFactory.getLogger(StatusTracker.class);

    private final DraftStore drafts;
    private final ProcessedEvents processed;

    StatusTracker(DraftStore drafts, ProcessedEvents processed) {
        this.drafts = drafts;
        this.processed = processed;
    }

    void track(ArticleEvent event) {
        Optional<StatusUpdate> update = StatusUpdate.of(event);
        if (update.isEmpty()) {
            return;
        }
        boolean ran = processed.once(CONSUMER, event.eventId(), () -> apply(event, update.get()));
        if (!ran) {
            log.info("{} {} for article {} already applied; skipped", event.eventType(), event.eventId(),
                    event.articleId());
        }
    }

    private void apply(ArticleEvent event, StatusUpdate update) {
        Optional<Draft> found = drafts.find(event.articleId());
        if (found.isEmpty()) {
            log.warn("{} {} is about article {}, which was not submitted here; skipped", event.eventType(),
                    event.eventId(), event.articleId());
            return;
        }
        Draft draft = found.get();
        if (event.articleVersion() != draft.version()) {
            // older: the writer has moved on; newer: cannot come from a version we never sent
            log.info("{} {} is about version {} but the draft is at version {}; skipped", event.eventType(),
                    event.eventId(), event.articleVersion(), draft.version());
            return;
        }
        Instant at = event.occurredAt();
        Instant statusAt = drafts.statusAt(draft.articleId()).orElse(draft.updatedAt());
        // a late event (older than the one that set the current status) goes into the history only
        boolean newer = !update.isNote() && !at.isBefore(statusAt);
        DraftStatus status = newer ? draft.status().then(update.status()) : draft.status();
        // the reviewer's word is taken unless a newer one is already there (approval read after publication)
        boolean reviewed = update.review() && (newer || draft.reviewer() == null);
        Draft tracked = new Draft(draft.articleId(), draft.version(), status,
                draft.author(), draft.correlationId(), draft.title(),
                reviewed ? update.by() : draft.reviewer(),
                reviewed ? update.comments() : draft.reviewerComments(),
                update.publishedUrl() != null ? update.publishedUrl() : draft.publishedUrl(),
                draft.submittedAt(), at.isAfter(draft.updatedAt()) ? at : draft.updatedAt());
        if (!drafts.track(tracked, newer ? at : statusAt)) {
            log.info("{} {}: article {} was revised meanwhile; skipped", event.eventType(), event.eventId(),
                    event.articleId());
            return;
        }
        drafts.record(draft.articleId(), new StatusChange(event.articleVersion(),
                update.isNote() ? draft.status() : update.status(), at, update.by(), update.comments()));
        log.info("article {} v{} is {}", draft.articleId(), draft.version(), tracked.status());
    }
}
