package org.healthjournal.pipeline.review.process;

import org.flowable.engine.RuntimeService;
import org.flowable.engine.delegate.DelegateExecution;
import org.healthjournal.pipeline.review.process.MedicalReviewProcess.Variables;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What a review leaves waiting on the article (business key = article id), started in the
 * transaction of the outcome: after ChangesRequested the {@code revisionDeadline}, after an approval
 * the {@code periodicReview}. A new version of the article ends both (see MedicalReviewStarter).
 */
@Component
class FollowUps {

    private static final Logger log = LoggerFactory.getLogger(FollowUps.class);
    private static final List<String> CARRIED = List.of(Variables.ARTICLE_ID, Variables.ARTICLE_VERSION,
            Variables.AUTHOR, Variables.TITLE, Variables.CATEGORY, Variables.CORRELATION_ID, Variables.CONTENT,
            Variables.CHECK_FINDINGS, Variables.FINDINGS_COUNT, Variables.RISK_LEVEL, Variables.SIGN_OFFS, Variables.NEXT_REVIEW_DUE);

    private final RuntimeService runtime;

    FollowUps(@Lazy RuntimeService runtime) {
        this.runtime = runtime;
    }

    void awaitRevision(DelegateExecution execution) {
        start(MedicalReviewProcess.REVISION_DEADLINE_KEY, execution);
    }

    void scheduleReReview(DelegateExecution execution) {
        start(MedicalReviewProcess.PERIODIC_REVIEW_KEY, execution);
    }

    private void start(String processKey, DelegateExecution execution) {
        Map<String, Object> variables = new HashMap<>();
        for (String name : CARRIED) {
            Object value = execution.getVariable(name);
            if (value != null) {
                variables.put(name, value);
            }
        }
        String articleId = (String) variables.get(Variables.ARTICLE_ID);
        String started = runtime.createProcessInstanceBuilder()
                .processDefinitionKey(processKey)
                .businessKey(articleId)
                .name((String) variables.get(Variables.TITLE))
                .variables(variables)
                .start().getId();
        log.info("article {} v{}: started {} {}", articleId, variables.get(Variables.ARTICLE_VERSION), processKey,
                started);
    }
}
