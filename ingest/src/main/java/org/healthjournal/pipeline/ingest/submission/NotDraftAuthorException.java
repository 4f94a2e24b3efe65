package org.healthjournal.pipeline.ingest.submission;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** Only a draft's author may revise it, even if others may read it. */
class NotDraftAuthorException extends ErrorResponseException {

    NotDraftAuthorException(String articleId) {
        super(HttpStatus.FORBIDDEN, problem(articleId), null);
    }

    private static ProblemDetail problem(String articleId) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN,
                "Only the author of draft " + articleId + " may revise it.");
        problem.setTitle("Not the author");
        return problem;
    }
}
