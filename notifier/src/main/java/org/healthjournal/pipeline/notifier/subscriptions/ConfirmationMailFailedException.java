package org.healthjournal.pipeline.notifier.subscriptions;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** The mail server did not take the confirmation mail; the reader should try again later. */
class ConfirmationMailFailedException extends ErrorResponseException {

    ConfirmationMailFailedException(Throwable cause) {
        super(HttpStatus.SERVICE_UNAVAILABLE, problem(), cause);
    }

    private static ProblemDetail problem() {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE,
                "The confirmation e-mail could not be sent right now. Please try again in a few minutes.");
        problem.setTitle("Mail unavailable");
        return problem;
    }
}
