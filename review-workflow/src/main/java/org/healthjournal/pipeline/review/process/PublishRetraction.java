package org.healthjournal.pipeline.review.process;

import org.healthjournal.pipeline.events.ArticleEvent;
import org.healthjournal.pipeline.events.ArticleRetracted;
import org.healthjournal.pipeline.support.PipelineProperties;
import org.healthjournal.pipeline.support.outbox.Outbox;
import org.springframework.stereotype.Component;

/** Service task {@code publishRetraction}: a periodic re-review retracted the published article. */
@Component("publishRetraction")
class PublishRetraction extends ReviewOutcomePublisher {

    PublishRetraction(Outbox outbox, PipelineProperties pipeline) {
        super(outbox, pipeline);
    }

    @Override
    ArticleEvent eventFor(ReviewOutcome outcome) {
        return new ArticleRetracted(outcome.eventId(ArticleRetracted.TYPE), null, 0, outcome.articleId(),
                outcome.articleVersion(), outcome.reviewedAt(), outcome.correlationId(), outcome.author(),
                outcome.reviewer(), outcome.comments(), outcome.reviewedAt());
    }
}
