package org.healthjournal.pipeline.review.process;

import org.flowable.engine.delegate.TaskListener;
import org.flowable.task.service.delegate.DelegateTask;
import org.healthjournal.pipeline.events.EventIds;
import org.healthjournal.pipeline.events.PeriodicReviewOpened;
import org.healthjournal.pipeline.review.process.MedicalReviewProcess.Variables;
import org.healthjournal.pipeline.support.PipelineProperties;
import org.healthjournal.pipeline.support.outbox.Outbox;
import org.springframework.stereotype.Component;

import java.util.Date;

/** Create listener of {@code reReview}: announces the open re-review through the outbox. */
@Component("announcePeriodicReview")
class AnnouncePeriodicReview implements TaskListener {

    private final Outbox outbox;
    private final PipelineProperties pipeline;

    AnnouncePeriodicReview(Outbox outbox, PipelineProperties pipeline) {
        this.outbox = outbox;
        this.pipeline = pipeline;
    }

    @Override
    public void notify(DelegateTask task) {
        Object due = task.getVariable(Variables.NEXT_REVIEW_DUE);
        outbox.append(pipeline.getTopics().getReviews(), new PeriodicReviewOpened(
                EventIds.derived(PeriodicReviewOpened.TYPE, task.getId()), null, 0,
                (String) task.getVariable(Variables.ARTICLE_ID), (Integer) task.getVariable(Variables.ARTICLE_VERSION),
                task.getCreateTime().toInstant(), (String) task.getVariable(Variables.CORRELATION_ID),
                (String) task.getVariable(Variables.AUTHOR), task.getId(), (String) task.getVariable(Variables.TITLE),
                due instanceof Date date ? date.toInstant() : null));
    }
}
