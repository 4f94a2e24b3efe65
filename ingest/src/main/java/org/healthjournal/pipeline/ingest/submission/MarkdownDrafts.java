package org.healthjournal.pipeline.ingest.submission;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import org.healthjournal.pipeline.content.DraftFormatException;
import org.healthjournal.pipeline.content.MarkdownDraftParser;
import org.healthjournal.pipeline.events.ArticleContent;
import org.healthjournal.pipeline.support.web.ProblemDetailsAdvice;
import org.healthjournal.pipeline.support.web.ProblemDetailsAdvice.FieldProblem;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.ErrorResponseException;

import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * Reads a draft written as a Markdown file with YAML front matter (how many writers work) into
 * the same request a web form sends, held to the same rules.
 */
@Component
class MarkdownDrafts {

    private final MarkdownDraftParser parser = new MarkdownDraftParser();
    private final Validator validator;

    MarkdownDrafts(Validator validator) {
        this.validator = validator;
    }

    /** The file as a request, held to the same rules as a web form: invalid fields are a 400. */
    DraftRequest read(String markdownFile) {
        DraftRequest request = parse(markdownFile);
        Set<ConstraintViolation<DraftRequest>> violations = validator.validate(request);
        if (!violations.isEmpty()) {
            List<FieldProblem> errors = violations.stream()
                    .map(v -> new FieldProblem(v.getPropertyPath().toString(), v.getMessage()))
                    .sorted(Comparator.comparing(FieldProblem::field))
                    .toList();
            throw invalid("The draft has invalid fields: "
                    + String.join(", ", errors.stream().map(FieldProblem::field).distinct().toList()) + ".", errors);
        }
        return request;
    }

    /** The file as a request, not yet validated; a file that cannot be read at all is a 400. */
    DraftRequest parse(String markdownFile) {
        ArticleContent content;
        try {
            content = parser.parse(markdownFile);
        } catch (DraftFormatException e) {
            throw invalid("The Markdown file cannot be read: " + e.getMessage() + ".", List.of());
        }
        List<ReferenceRequest> references = content.references().stream()
                .map(ref -> ref == null ? null : new ReferenceRequest(ref.title(), ref.url(), ref.year(), ref.kind()))
                .toList();
        return new DraftRequest(content.title(), content.dek(), content.category(), content.tags(),
                content.body().isEmpty() ? null : content.body(), references, content.keyTakeaway());
    }

    private static ErrorResponseException invalid(String detail, List<FieldProblem> errors) {
        return new ErrorResponseException(HttpStatus.BAD_REQUEST, ProblemDetailsAdvice.invalid(detail, errors), null);
    }
}
