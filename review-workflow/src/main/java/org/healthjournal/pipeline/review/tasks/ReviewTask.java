package org.healthjournal.pipeline.review.tasks;

import org.flowable.task.api.Task;
import org.healthjournal.pipeline.content.checks.Finding;
import org.healthjournal.pipeline.events.ArticleContent;
import org.healthjournal.pipeline.review.process.ArticleContentVariable;
import org.healthjournal.pipeline.review.process.CheckFindingsVariable;
import org.healthjournal.pipeline.review.process.MedicalReviewProcess;
import org.healthjournal.pipeline.review.process.MedicalReviewProcess.Variables;
import org.healthjournal.pipeline.review.process.ReviewDecision;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * An open review task ({@code reviewDraft}, {@code secondReview} or {@code reReview}) read
 * together with its process variables.
 *
 * @param firstReviewer who approved the first medical review (set on a second review only)
 */
public record ReviewTask(String taskId, String articleId, int version, String title, String author,
        Instant createdAt, String contentJson, String findingsJson, String riskLevel, String taskKey, String name,
        String assignee, Instant dueAt, String firstReviewer) {

    static ReviewTask of(Task task) {
        Map<String, Object> variables = task.getProcessVariables();
        return new ReviewTask(task.getId(),
                (String) variables.get(Variables.ARTICLE_ID),
                (Integer) variables.get(Variables.ARTICLE_VERSION),
                (String) variables.get(Variables.TITLE),
                (String) variables.get(Variables.AUTHOR),
                task.getCreateTime().toInstant(),
                (String) variables.get(Variables.CONTENT),
                (String) variables.get(Variables.CHECK_FINDINGS),
                (String) variables.get(Variables.RISK_LEVEL),
                task.getTaskDefinitionKey(),
                task.getName(),
                task.getAssignee(),
                task.getDueDate() == null ? null : task.getDueDate().toInstant(),
                (String) variables.get(Variables.FIRST_REVIEWER));
    }

    public boolean writtenBy(String name) {
        return name.equals(author);
    }

    /** The decisions this kind of task takes. */
    public Set<ReviewDecision> allowedDecisions() {
        return MedicalReviewProcess.PERIODIC_REVIEW_TASK.equals(taskKey) ? ReviewDecision.OF_PERIODIC_REVIEW
                : ReviewDecision.OF_REVIEW;
    }

    public boolean isSecondReview() {
        return MedicalReviewProcess.SECOND_REVIEW_TASK.equals(taskKey);
    }

    public ArticleContent content() {
        return ArticleContentVariable.fromJson(contentJson);
    }

    /** The automated checks' findings; none for a review started before the checks existed. */
    public List<Finding> findings() {
        return CheckFindingsVariable.fromJson(findingsJson);
    }

    TaskSummary summary() {
        return new TaskSummary(taskId, articleId, version, title, author, createdAt, riskLevel);
    }
}
