package org.healthjournal.pipeline.review.process;

import org.healthjournal.pipeline.events.ArticleEvent;
import org.healthjournal.pipeline.events.ChangesRequested;
import org.healthjournal.pipeline.support.PipelineProperties;
import org.healthjournal.pipeline.support.outbox.Outbox;
import org.springframework.stereotype.Component;

/** Service task {@code publishChangesRequest}: the writer is asked to revise. */
@Component("publishChangesRequest")
class PublishChangesRequest extends ReviewOutcomePublisher {

    PublishChangesRequest(Outbox outbox, PipelineProperties pipeline) {
        super(outbox, pipeline);
    }

    @Override
    ArticleEvent eventFor(ReviewOutcome outcome) {
        return new ChangesRequested(outcome.eventId(ChangesRequested.TYPE), null, 0, outcome.articleId(),
                outcome.articleVersion(), outcome.reviewedAt(), outcome.correlationId(), outcome.author(),
                outcome.reviewer(), outcome.comments());
    }
}
