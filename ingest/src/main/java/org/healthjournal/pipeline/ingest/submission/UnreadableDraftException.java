package org.healthjournal.pipeline.ingest.submission;

import org.healthjournal.pipeline.support.web.ProblemDetailsAdvice;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

import java.util.List;

/** A body that cannot be read as a draft at all (not UTF-8, not JSON, no front matter, broken YAML): 400. */
public class UnreadableDraftException extends ErrorResponseException {

    private final String reason;

    UnreadableDraftException(String reason) {
        super(HttpStatus.BAD_REQUEST, problem(reason), null);
        this.reason = reason;
    }

    /** What is wrong, in the writer's words, e.g. for an inbox error file. */
    public String reason() {
        return reason;
    }

    private static ProblemDetail problem(String reason) {
        ProblemDetail problem = ProblemDetailsAdvice.invalid(reason, List.of());
        problem.setTitle("Unreadable draft");
        return problem;
    }
}
