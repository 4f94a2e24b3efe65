package org.healthjournal.pipeline.review.process;

import org.healthjournal.pipeline.events.ArticleApproved;
import org.healthjournal.pipeline.events.ArticleEvent;
import org.healthjournal.pipeline.support.PipelineProperties;
import org.healthjournal.pipeline.support.outbox.Outbox;
import org.springframework.stereotype.Component;

/** Service task {@code publishApproval}: the approved text goes out with the sign-off. */
@Component("publishApproval")
class PublishApproval extends ReviewOutcomePublisher {

    PublishApproval(Outbox outbox, PipelineProperties pipeline) {
        super(outbox, pipeline);
    }

    @Override
    ArticleEvent eventFor(ReviewOutcome outcome) {
        return new ArticleApproved(outcome.eventId(ArticleApproved.TYPE), null, 0, outcome.articleId(),
                outcome.articleVersion(), outcome.reviewedAt(), outcome.correlationId(), outcome.author(),
                outcome.reviewer(), outcome.reviewedAt(), outcome.comments(), outcome.content());
    }
}
