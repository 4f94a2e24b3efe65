package org.healthjournal.pipeline.review.tasks;

import org.healthjournal.pipeline.review.process.ReviewDecision;
import org.healthjournal.pipeline.support.web.ProblemDetailsAdvice;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

import java.util.List;
import java.util.Set;

/** The task API's own errors, rendered as problem+json by the shared advice. */
final class ReviewProblems {

    private ReviewProblems() {
    }

    static ErrorResponseException taskNotFound(String taskId) {
        return problem(HttpStatus.NOT_FOUND, "Task not found",
                "There is no open review task " + taskId + " that you may act on.");
    }

    static ErrorResponseException taskCompleted(String taskId) {
        return problem(HttpStatus.CONFLICT, "Task already closed",
                "Review task " + taskId + " is no longer open: it was decided (or superseded by a newer version).");
    }

    static ErrorResponseException writerCannotSign() {
        return problem(HttpStatus.FORBIDDEN, "Four-eyes rule",
                "You wrote this article: the writer can never sign the medical review.");
    }

    static ErrorResponseException sameReviewerTwice(String firstReviewer) {
        return problem(HttpStatus.FORBIDDEN, "Four-eyes rule",
                "You signed the first medical review (" + firstReviewer
                        + "): the second review must come from a different reviewer.");
    }

    static ErrorResponseException decidedConcurrently(String taskId) {
        return problem(HttpStatus.CONFLICT, "Task taken",
                "Another reviewer is deciding on task " + taskId + " right now.");
    }

    static ErrorResponseException claimedByOther(String taskId, String assignee) {
        ErrorResponseException problem = problem(HttpStatus.CONFLICT, "Task claimed by another reviewer",
                "Review task " + taskId + " is claimed by " + assignee + ".");
        problem.getBody().setProperty("assignee", assignee);
        return problem;
    }

    static ErrorResponseException commentsRequired(ReviewDecision decision) {
        ProblemDetail problem = ProblemDetailsAdvice.invalid(
                "Comments are required when you " + switch (decision) {
                    case RETRACT -> "retract an article: readers will see the reason.";
                    case REJECT -> "reject: the writer needs to know why.";
                    default -> "request changes: the writer needs to know what to change.";
                },
                List.of(new ProblemDetailsAdvice.FieldProblem("comments",
                        "is required for REQUEST_CHANGES, REJECT and RETRACT")));
        problem.setStatus(HttpStatus.UNPROCESSABLE_ENTITY);
        problem.setTitle("Comments required");
        return new ErrorResponseException(HttpStatus.UNPROCESSABLE_ENTITY, problem, null);
    }

    /** A decision that is not a name at all (a number, another word). */
    static ProblemDetail invalidDecision() {
        return ProblemDetailsAdvice.invalid("The decision must be one of APPROVE, REQUEST_CHANGES, REJECT "
                        + "(on a periodic re-review: CONFIRM, REQUEST_CHANGES, RETRACT), as a string.",
                List.of(new ProblemDetailsAdvice.FieldProblem("decision",
                        "must be one of APPROVE, REQUEST_CHANGES, REJECT (periodic re-review: CONFIRM, "
                                + "REQUEST_CHANGES, RETRACT)")));
    }

    /** A decision name that this kind of task does not take (APPROVE on a periodic re-review, …). */
    static ErrorResponseException decisionNotAllowed(ReviewDecision decision, Set<ReviewDecision> allowed) {
        String names = String.join(", ", ReviewDecision.names(allowed));
        ProblemDetail problem = ProblemDetailsAdvice.invalid(decision + " is not a decision of this task: use one of "
                + names + ".", List.of(new ProblemDetailsAdvice.FieldProblem("decision", "must be one of " + names)));
        return new ErrorResponseException(HttpStatus.BAD_REQUEST, problem, null);
    }

    static ErrorResponseException invalidPage(int maxSize) {
        ProblemDetail problem = ProblemDetailsAdvice.invalid("page counts from 0; size is 1 to " + maxSize + ".",
                List.of(new ProblemDetailsAdvice.FieldProblem("page", "must be 0 or more"),
                        new ProblemDetailsAdvice.FieldProblem("size", "must be between 1 and " + maxSize)));
        return new ErrorResponseException(HttpStatus.BAD_REQUEST, problem, null);
    }

    private static ErrorResponseException problem(HttpStatus status, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(title);
        return new ErrorResponseException(status, problem, null);
    }
}
