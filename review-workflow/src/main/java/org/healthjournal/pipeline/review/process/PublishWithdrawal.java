package org.healthjournal.pipeline.review.process;

import org.flowable.engine.delegate.DelegateExecution;
import org.flowable.engine.delegate.JavaDelegate;
import org.healthjournal.pipeline.events.ArticleWithdrawn;
import org.healthjournal.pipeline.events.EventIds;
import org.healthjournal.pipeline.review.process.MedicalReviewProcess.Variables;
import org.healthjournal.pipeline.support.PipelineProperties;
import org.healthjournal.pipeline.support.outbox.Outbox;
import org.springframework.stereotype.Component;

/** Service task {@code publishWithdrawal}: no revision came in time after changes were requested. */
@Component("publishWithdrawal")
class PublishWithdrawal implements JavaDelegate {

    private final Outbox outbox;
    private final PipelineProperties pipeline;
    private final ReviewSettings settings;

    PublishWithdrawal(Outbox outbox, PipelineProperties pipeline, ReviewSettings settings) {
        this.outbox = outbox;
        this.pipeline = pipeline;
        this.settings = settings;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String articleId = (String) execution.getVariable(Variables.ARTICLE_ID);
        int version = (Integer) execution.getVariable(Variables.ARTICLE_VERSION);
        outbox.append(pipeline.getTopics().getReviews(), new ArticleWithdrawn(
                EventIds.derived(ArticleWithdrawn.TYPE, execution.getProcessInstanceId()), null, 0, articleId, version,
                EngineTime.now(execution), (String) execution.getVariable(Variables.CORRELATION_ID),
                (String) execution.getVariable(Variables.AUTHOR),
                "No revision arrived within " + settings.getWithdrawAfter() + " after changes were requested on version "
                        + version + "."));
    }
}
