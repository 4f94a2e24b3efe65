package org.healthjournal.pipeline.review.tasks;

import org.flowable.task.api.Task;
import org.healthjournal.pipeline.events.ArticleContent;
import org.healthjournal.pipeline.content.checks.Finding;
import org.healthjournal.pipeline.review.process.ArticleContentVariable;
import org.healthjournal.pipeline.review.process.CheckFindingsVariable;
import org.healthjournal.pipeline.review.process.MedicalReviewProcess.Variables;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/** An open {@code reviewDraft} task read together with its process variables. */
record ReviewTask(String taskId, String articleId, int version, String title, String author, Instant createdAt,
        String contentJson, String findingsJson, String riskLevel) {

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
                (String) variables.get(Variables.RISK_LEVEL));
    }

    boolean writtenBy(String name) {
        return name.equals(author);
    }

    ArticleContent content() {
        return ArticleContentVariable.fromJson(contentJson);
    }

    /** The automated checks' findings; none for a review started before the checks existed. */
    List<Finding> findings() {
        return CheckFindingsVariable.fromJson(findingsJson);
    }

    TaskSummary summary() {
        return new TaskSummary(taskId, articleId, version, title, author, createdAt, riskLevel);
    }
}
