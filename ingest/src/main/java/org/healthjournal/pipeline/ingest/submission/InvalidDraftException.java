package org.healthjournal.pipeline.ingest.submission;

import org.healthjournal.pipeline.support.web.ProblemDetailsAdvice;
import org.healthjournal.pipeline.support.web.ProblemDetailsAdvice.FieldProblem;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

import java.util.List;
import java.util.stream.Collectors;

/** A readable draft that breaks the rules: 422 listing every problem at once, field by field. */
public class InvalidDraftException extends ErrorResponseException {

    private final List<FieldProblem> errors;

    InvalidDraftException(List<FieldProblem> errors) {
        super(HttpStatus.UNPROCESSABLE_ENTITY, problem(errors), null);
        this.errors = List.copyOf(errors);
    }

    public List<FieldProblem> errors() {
        return errors;
    }

    private static ProblemDetail problem(List<FieldProblem> errors) {
        ProblemDetail problem = ProblemDetailsAdvice.invalid("The draft has invalid fields: "
                + errors.stream().map(FieldProblem::field).distinct().collect(Collectors.joining(", ")) + ".", errors);
        problem.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
        problem.setTitle("Invalid draft");
        return problem;
    }
}
