package org.healthjournal.pipeline.notifier.subscriptions;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

import java.time.Duration;

/** Over a subscribe rate limit: {@code 429} with {@code Retry-After}. */
class TooManyRequestsException extends ErrorResponseException {

    TooManyRequestsException(Duration wait) {
        super(HttpStatus.TOO_MANY_REQUESTS, problem(), null);
        getHeaders().set("Retry-After", SubscribeRateLimits.retryAfter(wait));
    }

    private static ProblemDetail problem() {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.TOO_MANY_REQUESTS,
                "Too many subscribe requests for this address. Please try again later.");
        problem.setTitle("Too Many Requests");
        return problem;
    }
}
