package org.healthjournal.pipeline.review.tasks;

/** Who holds a review task after a claim or an unclaim ({@code assignee} null: back in the queue). */
public record ClaimResult(String taskId, String articleId, int version, String assignee) {

    static ClaimResult of(ReviewTask task) {
        return new ClaimResult(task.taskId(), task.articleId(), task.version(), task.assignee());
    }
}
