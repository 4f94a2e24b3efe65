package org.healthjournal.pipeline.support;

import org.healthjournal.pipeline.events.Topics;
import org.springframework.boot.context.properties.ConfigurationProperties;

/** Settings every service shares, under {@code pipeline.*}. */
@ConfigurationProperties("pipeline")
public class PipelineProperties {

    private final TopicNames topics = new TopicNames();
    private final KafkaTopics kafka = new KafkaTopics();

    public TopicNames getTopics() {
        return topics;
    }

    public KafkaTopics getKafka() {
        return kafka;
    }

    public static class TopicNames {
        private String drafts = Topics.DRAFTS;
        private String reviews = Topics.REVIEWS;
        private String published = Topics.PUBLISHED;
        private String deadLetter = Topics.DEAD_LETTER;

        public String getDrafts() {
            return drafts;
        }

        public void setDrafts(String drafts) {
            this.drafts = drafts;
        }

        public String getReviews() {
            return reviews;
        }

        public void setReviews(String reviews) {
            this.reviews = reviews;
        }

        public String getPublished() {
            return published;
        }

        public void setPublished(String published) {
            this.published = published;
        }

        public String getDeadLetter() {
            return deadLetter;
        }

        public void setDeadLetter(String deadLetter) {
            this.deadLetter = deadLetter;
        }
    }

    /** How topics are created at start-up. */
    public static class KafkaTopics {
        private int partitions = 3;
        private short replicationFactor = 1;
        private boolean createTopics = true;

        public int getPartitions() {
            return partitions;
        }

        public void setPartitions(int partitions) {
            this.partitions = partitions;
        }

        public short getReplicationFactor() {
            return replicationFactor;
        }

        public void setReplicationFactor(short replicationFactor) {
            this.replicationFactor = replicationFactor;
        }

        public boolean isCreateTopics() {
            return createTopics;
        }

        public void setCreateTopics(boolean createTopics) {
            this.createTopics = createTopics;
        }
    }
}
