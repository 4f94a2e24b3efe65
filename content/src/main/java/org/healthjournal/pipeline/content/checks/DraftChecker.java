package org.healthjournal.pipeline.content.checks;

import org.healthjournal.pipeline.content.ReadingTime;
import org.healthjournal.pipeline.events.ArticleContent;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The automated checks of a draft against the journal's standards: structure, citations, claims,
 * advice safety, readability, read time and the resulting risk level. Used by ingest (writers
 * check before submitting) and by review-workflow (the automated-checks step before a medical
 * reviewer sees the draft). Immutable and thread-safe; build one per settings and reuse it.
 */
public final class DraftChecker {

    private static final Set<String> HIGH_RISK_FAMILIES = Set.of("claims", "advice");

    private final CheckSettings settings;
    private final List<RuleFamily> families;
    private final ReadabilityRules readability;
    private final Set<String> highRiskCategories;

    /** The local stack's defaults and the system clock. */
    public DraftChecker() {
        this(CheckSettings.defaults(), Clock.systemUTC());
    }

    /** @param clock today's date decides which references are too old */
    public DraftChecker(CheckSettings settings, Clock clock) {
        this.settings = settings;
        this.families = List.of(
                new StructureRules(settings.structure()),
                new CitationRules(settings.citations(), clock),
                new ClaimRules(settings.claims()),
                new AdviceRules(settings.advice(), settings.claims()));
        this.readability = new ReadabilityRules(settings.readability());
        this.highRiskCategories = settings.risk().highRiskCategories().stream()
                .map(category -> category.strip().toLowerCase(Locale.ROOT)).collect(Collectors.toSet());
    }

    public CheckReport check(ArticleContent draft) {
        DraftText text = DraftText.of(draft, settings.sourceSectionHeadings());
        Findings collected = new Findings();
        for (RuleFamily family : families) {
            family.check(text, collected);
        }
        ReadabilityScore score = readability.score(text);
        readability.check(text, score, collected);

        List<Finding> findings = new ArrayList<>();
        for (Finding finding : collected.list()) {
            findings.add(finding.withSeverity(settings.severities().getOrDefault(finding.ruleId(), finding.severity())));
        }
        // most serious first; within a severity, the order of the article (List.sort is stable)
        findings.sort(Comparator.comparing(Finding::severity));

        long words = ReadingTime.words(draft);
        int minutes = ReadingTime.minutes(words, settings.readTime().wordsPerMinute());
        return new CheckReport(findings, riskOf(draft, findings), (int) words, minutes, score);
    }

    private RiskLevel riskOf(ArticleContent draft, List<Finding> findings) {
        boolean claimsOrAdvice = findings.stream().anyMatch(f -> HIGH_RISK_FAMILIES.contains(f.family()));
        boolean highRiskCategory = draft.category() != null
                && highRiskCategories.contains(draft.category().strip().toLowerCase(Locale.ROOT));
        if (claimsOrAdvice || highRiskCategory) {
            return RiskLevel.HIGH;
        }
        return findings.stream().anyMatch(f -> f.severity() != Severity.INFO) ? RiskLevel.MEDIUM : RiskLevel.LOW;
    }

    public CheckSettings settings() {
        return settings;
    }
}
