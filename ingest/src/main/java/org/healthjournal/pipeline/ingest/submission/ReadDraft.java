package org.healthjournal.pipeline.ingest.submission;

import org.healthjournal.pipeline.support.web.ProblemDetailsAdvice.FieldProblem;

import java.util.List;

/**
 * A draft as read from a request or a file, before the rules are applied.
 *
 * @param request   the fields that could be read (a field of the wrong type is null here)
 * @param articleId the article a Markdown file revises ({@code articleId:} in its front matter), or null
 * @param problems  fields that were present but of the wrong type (a number where text belongs...)
 */
public record ReadDraft(DraftRequest request, String articleId, List<FieldProblem> problems) {

    public ReadDraft {
        problems = List.copyOf(problems);
    }
}
