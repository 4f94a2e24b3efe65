package org.healthjournal.pipeline.review.tasks;

/**
 * What the task list is narrowed to; null fields do not filter.
 *
 * @param category the article's category, as the writer set it
 * @param overdue  true: only tasks past due; false: only tasks not yet due
 * @param risk     LOW, MEDIUM or HIGH from the automated checks
 */
public record TaskFilter(String category, Boolean overdue, String risk) {

    public static final TaskFilter NONE = new TaskFilter(null, null, null);
}
