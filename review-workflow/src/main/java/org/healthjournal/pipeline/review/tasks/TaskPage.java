package org.healthjournal.pipeline.review.tasks;

import java.util.List;

/** A page of the task list, oldest due first. {@code page} counts from 0. */
public record TaskPage(List<TaskListItem> items, int page, int size, long totalItems, int totalPages) {
}
