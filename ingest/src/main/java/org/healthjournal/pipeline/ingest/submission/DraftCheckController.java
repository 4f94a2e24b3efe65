package org.healthjournal.pipeline.ingest.submission;

import jakarta.validation.Validator;
import org.healthjournal.pipeline.content.checks.DraftChecker;
import org.healthjournal.pipeline.support.web.ProblemDetailsAdvice.FieldProblem;
import org.springframework.http.MediaType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.beanvalidation.SpringValidatorAdapter;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.Comparator;
import java.util.List;

/**
 * {@code POST /api/drafts/check}: the writers' pages check a draft before submitting it. Nothing
 * is stored or sent. Any well-formed draft gets a 200, valid or not: field problems come back as
 * {@code errors} next to the findings. Only a body that cannot be read (broken JSON, a Markdown
 * file without front matter) is a 400.
 */
@RestController
@RequestMapping("/api/drafts/check")
@PreAuthorize("hasRole('WRITER')")
class DraftCheckController {

    private final DraftChecker checker;
    private final MarkdownDrafts markdown;
    private final SpringValidatorAdapter validator;

    DraftCheckController(DraftChecker checker, MarkdownDrafts markdown, Validator validator) {
        this.checker = checker;
        this.markdown = markdown;
        this.validator = new SpringValidatorAdapter(validator);
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    DraftCheckResult check(@RequestBody DraftRequest draft) {
        return DraftCheckResult.of(problemsOf(draft), checker.check(draft.asWritten()));
    }

    @PostMapping(consumes = SubmissionController.MARKDOWN)
    DraftCheckResult checkMarkdown(@RequestBody String file) {
        return check(markdown.parse(file));
    }

    /** Field problems named as the 400 of {@code POST /api/drafts} names them. */
    private List<FieldProblem> problemsOf(DraftRequest draft) {
        BeanPropertyBindingResult result = new BeanPropertyBindingResult(draft, "draft");
        validator.validate(draft, result);
        return result.getFieldErrors().stream()
                .map(error -> new FieldProblem(error.getField(), error.getDefaultMessage()))
                .sorted(Comparator.comparing(FieldProblem::field).thenComparing(FieldProblem::message))
                .toList();
    }
}
