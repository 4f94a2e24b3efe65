package org.healthjournal.pipeline.review.process;

import org.healthjournal.pipeline.events.ArticleEvent;
import org.healthjournal.pipeline.events.ArticleRejected;
import org.healthjournal.pipeline.support.PipelineProperties;
import org.healthjournal.pipeline.support.outbox.Outbox;
import org.springframework.stereotype.Component;

/** Service task {@code publishRejection}: the draft will not be published. */
@Component("publishRejection")
class PublishRejection extends ReviewOutcomePublisher {

    PublishRejection(Outbox outbox, PipelineProperties pipeline) {
        super(outbox, pipeline);
    }

    @Override
    ArticleEvent eventFor(ReviewOutcome outcome) {
        return new ArticleRejected(outcome.eventId(ArticleRejected.TYPE), null, 0, outcome.articleId(),
                outcome.articleVersion(), outcome.reviewedAt(), outcome.correlationId(), outcome.author(),
                outcome.reviewer(), outcome.comments());
    }
}
