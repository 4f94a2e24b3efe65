package org.healthjournal.pipeline.ingest.submission;

import org.healthjournal.pipeline.ingest.drafts.DraftStatus;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** A revision is only taken while the reviewer is waiting for one. */
class DraftNotRevisableException extends ErrorResponseException {

    DraftNotRevisableException(String articleId, DraftStatus status) {
        super(HttpStatus.CONFLICT, problem(articleId, status), null);
    }

    private static ProblemDetail problem(String articleId, DraftStatus status) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT,
                "Draft " + articleId + " is " + status + "; a revision can only be submitted when its status is "
                        + DraftStatus.CHANGES_REQUESTED + ".");
        problem.setTitle("Draft cannot be revised now");
        problem.setProperty("status", status);
        return problem;
    }
}
