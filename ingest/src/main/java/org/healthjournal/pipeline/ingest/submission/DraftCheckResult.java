package org.healthjournal.pipeline.ingest.submission;

import org.healthjournal.pipeline.content.checks.CheckReport;
import org.healthjournal.pipeline.content.checks.Finding;
import org.healthjournal.pipeline.content.checks.ReadabilityScore;
import org.healthjournal.pipeline.content.checks.RiskLevel;
import org.healthjournal.pipeline.support.web.ProblemDetailsAdvice.FieldProblem;

import java.util.List;

/**
 * What the writers' pages show before submitting: the field problems submission would refuse
 * ({@code errors}, same fields and messages as the 400 of {@code POST /api/drafts}) and what the
 * automated checks found, which review will see too.
 */
public record DraftCheckResult(List<FieldProblem> errors, List<Finding> findings, RiskLevel riskLevel, int wordCount,
        int readTimeMinutes, ReadabilityScore readability) {

    static DraftCheckResult of(List<FieldProblem> errors, CheckReport report) {
        return new DraftCheckResult(errors, report.findings(), report.riskLevel(), report.wordCount(),
                report.readTimeMinutes(), report.readability());
    }
}
