package org.healthjournal.pipeline.review.process;

import org.flowable.engine.delegate.DelegateExecution;
import org.healthjournal.pipeline.events.ArticleContent;
import org.healthjournal.pipeline.events.EventIds;
import org.healthjournal.pipeline.events.ReviewerSignOff;
import org.healthjournal.pipeline.review.process.MedicalReviewProcess.Variables;

import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.UUID;

/** What a finished review task left in the process: everything an outcome event needs. */
record ReviewOutcome(
        String articleId,
        int articleVersion,
        String correlationId,
        String author,
        String reviewer,
        Instant reviewedAt,
        String comments,
        String reviewTaskId,
        String contentJson,
        String signOffsJson) {

    static ReviewOutcome of(DelegateExecution execution) {
        return new ReviewOutcome(
                required(execution, Variables.ARTICLE_ID, String.class),
                required(execution, Variables.ARTICLE_VERSION, Integer.class),
                (String) execution.getVariable(Variables.CORRELATION_ID),
                (String) execution.getVariable(Variables.AUTHOR),
                required(execution, Variables.REVIEWER, String.class),
                instant(required(execution, Variables.REVIEWED_AT, Object.class)),
                (String) execution.getVariable(Variables.COMMENTS),
                required(execution, Variables.REVIEW_TASK_ID, String.class),
                required(execution, Variables.CONTENT, String.class),
                (String) execution.getVariable(Variables.SIGN_OFFS));
    }

    /** Every approval of this version, in order. */
    List<ReviewerSignOff> signOffs() {
        return SignOffsVariable.fromJson(signOffsJson);
    }

    ArticleContent content() {
        return ArticleContentVariable.fromJson(contentJson);
    }

    /** The same review task always yields the same event id, so a re-sent event is a recognisable duplicate. */
    UUID eventId(String eventType) {
        return EventIds.derived(eventType, reviewTaskId);
    }

    private static <T> T required(DelegateExecution execution, String name, Class<T> type) {
        Object value = execution.getVariable(name);
        if (value == null) {
            // no event without a signed, dated decision: fail the completion instead
            throw new IllegalStateException("process variable '" + name + "' is missing in " + execution.getProcessInstanceId());
        }
        return type.cast(value);
    }

    static Instant instant(Object value) {
        if (value instanceof Date date) {
            return date.toInstant();
        }
        if (value instanceof String text) {
            return Instant.parse(text);
        }
        return (Instant) value;
    }
}
