package org.healthjournal.pipeline.review.process;

import org.flowable.engine.delegate.DelegateExecution;
import org.flowable.engine.delegate.JavaDelegate;
import org.healthjournal.pipeline.content.checks.CheckReport;
import org.healthjournal.pipeline.content.checks.DraftChecker;
import org.healthjournal.pipeline.content.checks.Finding;
import org.healthjournal.pipeline.events.ArticleContent;
import org.healthjournal.pipeline.review.process.MedicalReviewProcess.Variables;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * Service task {@code automatedChecks}: runs content's draft checks before a reviewer sees the
 * draft. The findings and risk level go into the process for the reviewers' inbox. A draft with
 * BLOCKER findings is sent back to its writer at once: the step signs a changes request as
 * "automated checks", listing the blockers, and the {@code checksOutcome} gateway routes it to
 * {@code publishChangesRequest}, so the writer hears about it through the usual ChangesRequested.
 */
@Component("automatedChecks")
class AutomatedChecks implements JavaDelegate {

    private static final Logger log = LoggerFactory.getLogger(AutomatedChecks.class);
    // the writer's page shows the comments; a draft full of problems should not flood it
    private static final int MAX_LISTED = 20;

    private final DraftChecker checker;
    private final Clock clock;
    private final ReviewSettings settings;

    AutomatedChecks(DraftChecker checker, Clock clock, ReviewSettings settings) {
        this.checker = checker;
        this.clock = clock;
        this.settings = settings;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String articleId = (String) execution.getVariable(Variables.ARTICLE_ID);
        Integer version = (Integer) execution.getVariable(Variables.ARTICLE_VERSION);
        ArticleContent content = ArticleContentVariable.fromJson((String) execution.getVariable(Variables.CONTENT));
        CheckReport report = checker.check(content);
        // a HIGH-risk draft, or one in a category the journal lists, needs a second medical reviewer
        execution.setVariable(Variables.SECOND_REVIEW_REQUIRED,
                "HIGH".equals(report.riskLevel().name()) || settings.needsSecondReview(content.category()));
        execution.setVariable(Variables.CHECK_FINDINGS, CheckFindingsVariable.toJson(report.findings()));
        execution.setVariable(Variables.RISK_LEVEL, report.riskLevel().name());
        execution.setVariable(Variables.FINDINGS_COUNT, report.findings().size());
        execution.setVariable(Variables.CHECKS_FOUND_BLOCKERS, report.hasBlockers());
        if (!report.hasBlockers()) {
            log.info("automated checks of article {} v{}: {} findings, risk {}", articleId, version,
                    report.findings().size(), report.riskLevel());
            return;
        }
        List<Finding> blockers = report.blockers();
        log.info("automated checks of article {} v{} found {} blockers; asking the writer for changes", articleId,
                version, blockers.size());
        execution.setVariable(Variables.DECISION, ReviewDecision.REQUEST_CHANGES.name());
        execution.setVariable(Variables.REVIEWER, MedicalReviewProcess.AUTOMATED_REVIEWER);
        execution.setVariable(Variables.REVIEWED_AT, clock.instant().truncatedTo(ChronoUnit.MILLIS));
        execution.setVariable(Variables.COMMENTS, comments(blockers));
        // stands in for the review task the outcome event id is derived from: one per article version
        execution.setVariable(Variables.REVIEW_TASK_ID, automatedTaskId(articleId, version));
    }

    static String automatedTaskId(String articleId, int version) {
        return "automated-checks:" + articleId + ":v" + version;
    }

    static String comments(List<Finding> blockers) {
        StringBuilder text = new StringBuilder("The automated checks found ").append(blockers.size())
                .append(blockers.size() == 1 ? " problem" : " problems")
                .append(" to fix before a medical reviewer can look at this draft:\n");
        for (Finding finding : blockers.subList(0, Math.min(MAX_LISTED, blockers.size()))) {
            text.append("\n- ").append(finding.message());
            String excerpt = finding.location().excerpt();
            text.append(" [").append(finding.location().section())
                    .append(excerpt == null || excerpt.isBlank() ? "" : ": \u201C" + excerpt + "\u201D").append(']');
            if (finding.suggestion() != null) {
                text.append(" ").append(finding.suggestion());
            }
            text.append(" (").append(finding.ruleId()).append(')');
        }
        if (blockers.size() > MAX_LISTED) {
            text.append("\n- … and ").append(blockers.size() - MAX_LISTED).append(" more.");
        }
        return text.toString();
    }
}
