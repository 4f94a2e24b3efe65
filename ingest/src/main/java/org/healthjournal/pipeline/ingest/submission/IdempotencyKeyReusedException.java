package org.healthjournal.pipeline.ingest.submission;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** The same Idempotency-Key with a different draft: a client bug, never silently a second article. */
class IdempotencyKeyReusedException extends ErrorResponseException {

    IdempotencyKeyReusedException(String articleId) {
        super(HttpStatus.UNPROCESSABLE_ENTITY, problem(articleId), null);
    }

    private static ProblemDetail problem(String articleId) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_ENTITY,
                "This Idempotency-Key was already used for a different request (article " + articleId
                        + "); use a new key for a new draft or revision.");
        problem.setTitle("Idempotency-Key reused");
        problem.setProperty("articleId", articleId);
        return problem;
    }
}
