package org.healthjournal.pipeline.review.inbox;

/** The queue page's GET form: a category and a risk level, either blank for all. */
record QueueFilter(String category, String risk) {

    QueueFilter {
        category = category == null || category.isBlank() ? null : category.strip();
        risk = risk == null || risk.isBlank() ? null : risk.strip().toUpperCase(java.util.Locale.ROOT);
    }

    boolean admits(QueueEntry entry) {
        return (category == null || category.equals(entry.category()))
                && (risk == null || risk.equals(entry.riskLevel()));
    }
}
