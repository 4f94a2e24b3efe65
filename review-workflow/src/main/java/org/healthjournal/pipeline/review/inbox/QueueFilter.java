package org.healthjournal.pipeline.review.inbox;

import org.healthjournal.pipeline.review.tasks.TaskFilter;

import java.util.Locale;

/** The queue page's GET form: a category and a risk level, either blank for all. */
record QueueFilter(String category, String risk) {

    QueueFilter {
        category = category == null || category.isBlank() ? null : category.strip();
        risk = risk == null || risk.isBlank() ? null : risk.strip().toUpperCase(Locale.ROOT);
    }

    /** The same filter as the task API's {@code GET /api/tasks?page=…&category=…&risk=…}. */
    TaskFilter asTaskFilter() {
        return new TaskFilter(category, null, risk);
    }
}
