package org.healthjournal.pipeline.review.process;

import org.flowable.engine.delegate.DelegateExecution;
import org.flowable.engine.delegate.JavaDelegate;
import org.healthjournal.pipeline.events.ArticleEvent;
import org.healthjournal.pipeline.support.PipelineProperties;
import org.healthjournal.pipeline.support.kafka.EventPublisher;

/**
 * Base of the service tasks after the decision. It publishes synchronously inside the engine
 * transaction that completes the review task: if Kafka does not acknowledge, the exception rolls
 * the completion back and the task stays open for the reviewer to retry.
 */
abstract class ReviewOutcomePublisher implements JavaDelegate {

    private final EventPublisher events;
    private final PipelineProperties pipeline;

    ReviewOutcomePublisher(EventPublisher events, PipelineProperties pipeline) {
        this.events = events;
        this.pipeline = pipeline;
    }

    @Override
    public void execute(DelegateExecution execution) {
        events.publish(pipeline.getTopics().getReviews(), eventFor(ReviewOutcome.of(execution)));
    }

    abstract ArticleEvent eventFor(ReviewOutcome outcome);
}
