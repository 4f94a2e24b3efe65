package org.healthjournal.pipeline.content.checks;

import java.util.List;

/**
 * What the checks found in one draft.
 *
 * @param findings        most serious first, then in the order of the article
 * @param riskLevel       how closely a reviewer should read
 * @param wordCount       words of title, dek, body and key takeaway (as {@code ReadingTime} counts them)
 * @param readTimeMinutes the word count divided by the configured rate, rounded up
 * @param readability     Flesch figures of the body
 */
public record CheckReport(List<Finding> findings, RiskLevel riskLevel, int wordCount, int readTimeMinutes,
        ReadabilityScore readability) {

    public CheckReport {
        findings = List.copyOf(findings);
    }

    public List<Finding> blockers() {
        return findings.stream().filter(finding -> finding.severity() == Severity.BLOCKER).toList();
    }

    public boolean hasBlockers() {
        return findings.stream().anyMatch(finding -> finding.severity() == Severity.BLOCKER);
    }
}
