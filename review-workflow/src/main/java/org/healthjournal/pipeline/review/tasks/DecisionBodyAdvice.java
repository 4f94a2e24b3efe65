package org.healthjournal.pipeline.review.tasks;

import org.healthjournal.pipeline.support.web.ProblemDetailsAdvice;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;

/**
 * A decision body whose {@code decision} is not one of the names (a number, another word) is a 400
 * naming the field and the allowed names; any other unreadable body is answered by the shared advice.
 */
@RestControllerAdvice(assignableTypes = ReviewTaskController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class DecisionBodyAdvice {

    private final ProblemDetailsAdvice problems;

    DecisionBodyAdvice(ProblemDetailsAdvice problems) {
        this.problems = problems;
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<Object> unreadable(HttpMessageNotReadableException ex, WebRequest request) throws Exception {
        for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
            if (cause instanceof DecisionRequest.InvalidDecisionException) {
                return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                        .body(ReviewProblems.invalidDecision());
            }
        }
        return problems.handleException(ex, request);
    }
}
