package org.healthjournal.pipeline.review.process;

import org.flowable.engine.delegate.DelegateExecution;
import org.healthjournal.pipeline.events.ArticleEvent;
import org.healthjournal.pipeline.events.ChangesRequested;
import org.healthjournal.pipeline.support.PipelineProperties;
import org.healthjournal.pipeline.support.outbox.Outbox;
import org.springframework.stereotype.Component;

/**
 * Service task {@code publishChangesRequest}: the writer is asked to revise, and the article waits
 * for the revision ({@code revisionDeadline}: withdrawn if none comes in time).
 */
@Component("publishChangesRequest")
class PublishChangesRequest extends ReviewOutcomePublisher {

    private final FollowUps followUps;

    PublishChangesRequest(Outbox outbox, PipelineProperties pipeline, FollowUps followUps) {
        super(outbox, pipeline);
        this.followUps = followUps;
    }

    @Override
    public void execute(DelegateExecution execution) {
        super.execute(execution);
        followUps.awaitRevision(execution);
    }

    @Override
    ArticleEvent eventFor(ReviewOutcome outcome) {
        return new ChangesRequested(outcome.eventId(ChangesRequested.TYPE), null, 0, outcome.articleId(),
                outcome.articleVersion(), outcome.reviewedAt(), outcome.correlationId(), outcome.author(),
                outcome.reviewer(), outcome.comments());
    }
}
