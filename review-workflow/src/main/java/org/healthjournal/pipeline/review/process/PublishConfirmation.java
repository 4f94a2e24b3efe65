package org.healthjournal.pipeline.review.process;

import org.flowable.engine.delegate.DelegateExecution;
import org.healthjournal.pipeline.events.ArticleEvent;
import org.healthjournal.pipeline.events.ArticleReviewConfirmed;
import org.healthjournal.pipeline.review.process.MedicalReviewProcess.Variables;
import org.healthjournal.pipeline.support.PipelineProperties;
import org.healthjournal.pipeline.support.outbox.Outbox;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Date;

/**
 * Service task {@code publishConfirmation}: a periodic re-review confirmed the article as it stands;
 * the next review is due one interval after this one, and {@code periodicReview} waits for it again.
 */
@Component("publishConfirmation")
class PublishConfirmation extends ReviewOutcomePublisher {

    private final ReviewSettings settings;

    PublishConfirmation(Outbox outbox, PipelineProperties pipeline, ReviewSettings settings) {
        super(outbox, pipeline);
        this.settings = settings;
    }

    @Override
    public void execute(DelegateExecution execution) {
        ReviewOutcome outcome = ReviewOutcome.of(execution);
        execution.setVariable(Variables.NEXT_REVIEW_DUE, Date.from(nextReviewDue(outcome.reviewedAt())));
        super.execute(execution);
    }

    private Instant nextReviewDue(Instant reviewedAt) {
        return reviewedAt.atZone(ZoneOffset.UTC).plus(settings.getNextReviewInterval()).toInstant();
    }

    @Override
    ArticleEvent eventFor(ReviewOutcome outcome) {
        return new ArticleReviewConfirmed(outcome.eventId(ArticleReviewConfirmed.TYPE), null, 0, outcome.articleId(),
                outcome.articleVersion(), outcome.reviewedAt(), outcome.correlationId(), outcome.author(),
                outcome.signOffs(), outcome.reviewedAt(), nextReviewDue(outcome.reviewedAt()), outcome.comments());
    }
}
