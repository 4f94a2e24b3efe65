package org.healthjournal.pipeline.ingest.drafts;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** No such draft, or one the caller may not see: the answer is the same so existence is not revealed. */
public class DraftNotFoundException extends ErrorResponseException {

    public DraftNotFoundException(String articleId) {
        super(HttpStatus.NOT_FOUND, problem(articleId), null);
    }

    private static ProblemDetail problem(String articleId) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND,
                "There is no draft " + articleId + " that you can see.");
        problem.setTitle("Draft not found");
        return problem;
    }
}
