package org.healthjournal.pipeline.review.tasks;

import org.healthjournal.pipeline.support.web.ProblemDetailsAdvice;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

import java.util.List;

/** The task API's own errors, rendered as problem+json by the shared advice. */
final class ReviewProblems {

    private ReviewProblems() {
    }

    static ErrorResponseException taskNotFound(String taskId) {
        return problem(HttpStatus.NOT_FOUND, "Task not found",
                "There is no open review task " + taskId + " that you may act on.");
    }

    static ErrorResponseException writerCannotSign() {
        return problem(HttpStatus.FORBIDDEN, "Four-eyes rule",
                "You wrote this article: the writer can never sign the medical review.");
    }

    static ErrorResponseException decidedConcurrently(String taskId) {
        return problem(HttpStatus.CONFLICT, "Task taken",
                "Another reviewer is deciding on task " + taskId + " right now.");
    }

    static ErrorResponseException commentsRequired() {
        ProblemDetail problem = ProblemDetailsAdvice.invalid(
                "Comments are required when you request changes or reject: the writer needs to know why.",
                List.of(new ProblemDetailsAdvice.FieldProblem("comments",
                        "is required for REQUEST_CHANGES and REJECT")));
        return new ErrorResponseException(HttpStatus.BAD_REQUEST, problem, null);
    }

    private static ErrorResponseException problem(HttpStatus status, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(title);
        return new ErrorResponseException(status, problem, null);
    }
}
