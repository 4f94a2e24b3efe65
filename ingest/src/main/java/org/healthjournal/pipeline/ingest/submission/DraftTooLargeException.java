package org.healthjournal.pipeline.ingest.submission;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.util.unit.DataSize;
import org.springframework.web.ErrorResponseException;

/** A request body over {@code pipeline.drafts.max-request-size}: 413, read no further. */
class DraftTooLargeException extends ErrorResponseException {

    DraftTooLargeException(DataSize limit) {
        super(HttpStatus.PAYLOAD_TOO_LARGE, problem(limit), null);
    }

    private static ProblemDetail problem(DataSize limit) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.PAYLOAD_TOO_LARGE,
                "A draft may be at most " + limit.toKilobytes() + " KB; split the piece or trim it.");
        problem.setTitle("Draft too large");
        problem.setProperty("limitBytes", limit.toBytes());
        return problem;
    }
}
