package org.healthjournal.pipeline.review.process;

import org.flowable.engine.delegate.DelegateExecution;
import org.flowable.engine.delegate.JavaDelegate;
import org.healthjournal.pipeline.events.ArticleEvent;
import org.healthjournal.pipeline.support.PipelineProperties;
import org.healthjournal.pipeline.support.outbox.Outbox;

/**
 * Base of the service tasks after the decision. It writes the outcome event to the outbox inside
 * the engine transaction that completes the review task, so the completed task and its event
 * commit together: there is never an approval out for a task that is still open, and a Kafka
 * outage never holds the reviewer's transaction open. The outbox relay sends it after the commit.
 */
abstract class ReviewOutcomePublisher implements JavaDelegate {

    private final Outbox outbox;
    private final PipelineProperties pipeline;

    ReviewOutcomePublisher(Outbox outbox, PipelineProperties pipeline) {
        this.outbox = outbox;
        this.pipeline = pipeline;
    }

    @Override
    public void execute(DelegateExecution execution) {
        outbox.append(pipeline.getTopics().getReviews(), eventFor(ReviewOutcome.of(execution)));
    }

    abstract ArticleEvent eventFor(ReviewOutcome outcome);
}
