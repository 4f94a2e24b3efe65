package org.healthjournal.pipeline.review.inbox;

import org.flowable.engine.HistoryService;
import org.flowable.engine.history.HistoricProcessInstance;
import org.healthjournal.pipeline.events.ArticleContent;
import org.healthjournal.pipeline.review.process.ArticleContentVariable;
import org.healthjournal.pipeline.review.process.MedicalReviewProcess;
import org.healthjournal.pipeline.review.process.MedicalReviewProcess.Variables;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * An article's submitted versions and what became of each, from Flowable's history: one
 * {@code medicalReview} instance per version, business key = article id, with the submitted text
 * ({@code content}) and the decision variables the task or the automated checks left.
 */
@Component
class ArticleVersions {

    private final HistoryService history;

    ArticleVersions(HistoryService history) {
        this.history = history;
    }

    /** What became of one submitted version; {@code decision} is null while it is in review. */
    public record Version(int version, Instant submittedAt, String decision, String reviewer, Instant decidedAt,
            String comments, String riskLevel, String contentJson) {

        public ArticleContent content() {
            return ArticleContentVariable.fromJson(contentJson);
        }

        public boolean inReview() {
            return decision == null;
        }
    }

    /** Every version of the article, oldest first. */
    List<Version> of(String articleId) {
        return history.createHistoricProcessInstanceQuery()
                .processDefinitionKey(MedicalReviewProcess.KEY)
                .processInstanceBusinessKey(articleId)
                .includeProcessVariables()
                .list().stream()
                .map(ArticleVersions::version)
                .sorted(Comparator.comparingInt(Version::version).thenComparing(Version::submittedAt))
                .toList();
    }

    /** The latest version submitted before {@code version}, if there is one. */
    static Optional<Version> before(List<Version> versions, int version) {
        return versions.stream().filter(v -> v.version() < version).max(Comparator.comparingInt(Version::version));
    }

    private static Version version(HistoricProcessInstance review) {
        Map<String, Object> variables = review.getProcessVariables();
        Object reviewedAt = variables.get(Variables.REVIEWED_AT);
        Instant decidedAt = reviewedAt instanceof Instant instant ? instant
                : reviewedAt instanceof java.util.Date date ? date.toInstant()
                : review.getEndTime() == null ? null : review.getEndTime().toInstant();
        return new Version(
                (Integer) variables.get(Variables.ARTICLE_VERSION),
                review.getStartTime().toInstant(),
                (String) variables.get(Variables.DECISION),
                (String) variables.get(Variables.REVIEWER),
                decidedAt,
                (String) variables.get(Variables.COMMENTS),
                (String) variables.get(Variables.RISK_LEVEL),
                (String) variables.get(Variables.CONTENT));
    }
}
