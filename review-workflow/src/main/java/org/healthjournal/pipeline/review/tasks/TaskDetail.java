package org.healthjournal.pipeline.review.tasks;

import org.healthjournal.pipeline.content.checks.Finding;
import org.healthjournal.pipeline.events.Reference;

import java.time.Instant;
import java.util.List;

/**
 * A review task with the draft as submitted (Markdown) and as readers will see it
 * ({@code previewHtml}, {@code keyTakeawayHtml}: sanitised HTML, citations linked to {@code #ref-n}),
 * and what the automated checks found ({@code findings}, most serious first, and {@code riskLevel}).
 */
public record TaskDetail(
        String taskId,
        String articleId,
        int version,
        String title,
        String author,
        Instant createdAt,
        String dek,
        String category,
        List<String> tags,
        String body,
        String keyTakeaway,
        String previewHtml,
        String keyTakeawayHtml,
        int readMinutes,
        List<Reference> references,
        List<Finding> findings,
        String riskLevel) {
}
