package org.healthjournal.pipeline.review.intake;

import org.flowable.engine.HistoryService;
import org.flowable.engine.RuntimeService;
import org.flowable.engine.runtime.ProcessInstance;
import org.healthjournal.pipeline.events.DraftSubmitted;
import org.healthjournal.pipeline.review.process.ArticleContentVariable;
import org.healthjournal.pipeline.review.process.MedicalReviewProcess;
import org.healthjournal.pipeline.review.process.MedicalReviewProcess.Variables;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Starts one medical review per article version. The engine's own records are the idempotency
 * check: a redelivered {@link DraftSubmitted} finds the review it started (running or finished)
 * and starts nothing, so no reviewer ever sees the same draft twice.
 */
@Component
public class MedicalReviewStarter {

    private static final Logger log = LoggerFactory.getLogger(MedicalReviewStarter.class);

    private final RuntimeService runtime;
    private final HistoryService history;

    public MedicalReviewStarter(RuntimeService runtime, HistoryService history) {
        this.runtime = runtime;
        this.history = history;
    }

    /** @return the new process instance, or empty if this version is already (or was) under review */
    public Optional<ProcessInstance> startFor(DraftSubmitted draft) {
        if (reviewExists(draft.articleId(), draft.articleVersion())) {
            log.info("review of article {} v{} already started; ignoring redelivered {}", draft.articleId(),
                    draft.articleVersion(), draft.eventId());
            return Optional.empty();
        }
        ProcessInstance review = runtime.createProcessInstanceBuilder()
                .processDefinitionKey(MedicalReviewProcess.KEY)
                .businessKey(draft.articleId())
                .name(displayName(draft.content().title()))
                .variables(variables(draft))
                .start();
        log.info("started medical review {} of article {} v{} by {}", review.getId(), draft.articleId(),
                draft.articleVersion(), draft.author());
        return Optional.of(review);
    }

    private boolean reviewExists(String articleId, int version) {
        return runtime.createProcessInstanceQuery()
                .processDefinitionKey(MedicalReviewProcess.KEY)
                .processInstanceBusinessKey(articleId)
                .variableValueEquals(Variables.ARTICLE_VERSION, version)
                .count() > 0
                || history.createHistoricProcessInstanceQuery()
                .processDefinitionKey(MedicalReviewProcess.KEY)
                .processInstanceBusinessKey(articleId)
                .variableValueEquals(Variables.ARTICLE_VERSION, version)
                .count() > 0;
    }

    /** The engine's name column holds 255 characters; the full title stays in a variable. */
    private static String displayName(String title) {
        return title == null || title.length() <= 255 ? title : title.substring(0, 254) + "…";
    }

    private static Map<String, Object> variables(DraftSubmitted draft) {
        Map<String, Object> variables = new HashMap<>();
        variables.put(Variables.ARTICLE_ID, draft.articleId());
        variables.put(Variables.ARTICLE_VERSION, draft.articleVersion());
        variables.put(Variables.AUTHOR, draft.author());
        variables.put(Variables.TITLE, draft.content().title());
        variables.put(Variables.CORRELATION_ID, draft.correlationId());
        variables.put(Variables.CONTENT, ArticleContentVariable.toJson(draft.content()));
        return variables;
    }
}
