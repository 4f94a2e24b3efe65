package org.healthjournal.pipeline.faults.kafka;

import java.util.List;

/**
 * A topic that gets poison, its event type, and the consumer groups that read it: each group
 * dead-letters the poison on its own, so one poison record yields one dead letter per group.
 */
public enum PoisonTopic {
    DRAFTS("editorial.drafts", "DraftSubmitted", List.of("review-workflow")),
    REVIEWS("editorial.reviews", "ArticleApproved", List.of("publisher", "ingest-status", "notifier-reviews")),
    PUBLISHED("editorial.published", "ArticlePublished", List.of("notifier", "ingest-status"));

    private final String topic;
    private final String eventType;
    private final List<String> consumerGroups;

    PoisonTopic(String topic, String eventType, List<String> consumerGroups) {
        this.topic = topic;
        this.eventType = eventType;
        this.consumerGroups = consumerGroups;
    }

    public String topic() {
        return topic;
    }

    public String eventType() {
        return eventType;
    }

    public List<String> consumerGroups() {
        return consumerGroups;
    }
}
