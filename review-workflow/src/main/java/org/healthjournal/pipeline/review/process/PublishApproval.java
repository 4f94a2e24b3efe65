package org.healthjournal.pipeline.review.process;

import org.flowable.engine.delegate.DelegateExecution;
import org.healthjournal.pipeline.events.ArticleApproved;
import org.healthjournal.pipeline.events.ArticleEvent;
import org.healthjournal.pipeline.review.process.MedicalReviewProcess.Variables;
import org.healthjournal.pipeline.support.PipelineProperties;
import org.healthjournal.pipeline.support.outbox.Outbox;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Date;

/**
 * Service task {@code publishApproval}: the approved text goes out with every sign-off (display
 * names and credentials) and the date of the next periodic re-review, which {@code periodicReview}
 * then waits for.
 */
@Component("publishApproval")
class PublishApproval extends ReviewOutcomePublisher {

    private final ReviewSettings settings;
    private final FollowUps followUps;

    PublishApproval(Outbox outbox, PipelineProperties pipeline, ReviewSettings settings, FollowUps followUps) {
        super(outbox, pipeline);
        this.settings = settings;
        this.followUps = followUps;
    }

    @Override
    public void execute(DelegateExecution execution) {
        ReviewOutcome outcome = ReviewOutcome.of(execution);
        execution.setVariable(Variables.NEXT_REVIEW_DUE, Date.from(nextReviewDue(outcome.reviewedAt())));
        super.execute(execution);
        followUps.scheduleReReview(execution);
    }

    Instant nextReviewDue(Instant reviewedAt) {
        return reviewedAt.atZone(ZoneOffset.UTC).plus(settings.getNextReviewInterval()).toInstant();
    }

    @Override
    ArticleEvent eventFor(ReviewOutcome outcome) {
        return new ArticleApproved(outcome.eventId(ArticleApproved.TYPE), null, 0, outcome.articleId(),
                outcome.articleVersion(), outcome.reviewedAt(), outcome.correlationId(), outcome.author(),
                outcome.reviewer(), outcome.reviewedAt(), outcome.comments(), outcome.content(), outcome.signOffs(),
                nextReviewDue(outcome.reviewedAt()));
    }
}
