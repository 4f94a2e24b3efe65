package org.healthjournal.pipeline.support;

import org.healthjournal.pipeline.events.Topics;
import org.springframework.boot.context.properties.ConfigurationProperties;

import java.time.Duration;

/** Settings every service shares, under {@code pipeline.*}. */
@ConfigurationProperties("pipeline")
public class PipelineProperties {

    private final TopicNames topics = new TopicNames();
    private final KafkaTopics kafka = new KafkaTopics();
    private final Outbox outbox = new Outbox();
    private final ConsumerRetry consumerRetry = new ConsumerRetry();

    public TopicNames getTopics() {
        return topics;
    }

    public KafkaTopics getKafka() {
        return kafka;
    }

    public Outbox getOutbox() {
        return outbox;
    }

    public ConsumerRetry getConsumerRetry() {
        return consumerRetry;
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

    /** The transactional outbox and its relay ({@code pipeline.outbox.*}). */
    public static class Outbox {
        /** Whether this service runs a relay; a service that emits no events turns it off. */
        private boolean enabled = true;
        /** Rows sent to Kafka per round. */
        private int batchSize = 500;
        /** How often the relay looks for rows when no commit woke it. */
        private Duration pollInterval = Duration.ofSeconds(1);
        /** How long one relay holds the send lease; another instance takes over after it runs out. */
        private Duration leaseDuration = Duration.ofSeconds(10);
        /** Past this many unsent events, new work is refused with 503 and Retry-After. */
        private long maxBacklog = 10_000;
        /** Sent rows are kept this long for inspection, then deleted. */
        private Duration retention = Duration.ofDays(1);
        /** Back-off while Kafka does not acknowledge: from this ... */
        private Duration retryInitialDelay = Duration.ofMillis(200);
        /** ... doubling up to this. */
        private Duration retryMaxDelay = Duration.ofSeconds(30);
        /** How long one batch may wait for Kafka's acknowledgements. */
        private Duration sendTimeout = Duration.ofSeconds(30);

        public boolean isEnabled() {
            return enabled;
        }

        public void setEnabled(boolean enabled) {
            this.enabled = enabled;
        }

        public int getBatchSize() {
            return batchSize;
        }

        public void setBatchSize(int batchSize) {
            this.batchSize = batchSize;
        }

        public Duration getPollInterval() {
            return pollInterval;
        }

        public void setPollInterval(Duration pollInterval) {
            this.pollInterval = pollInterval;
        }

        public Duration getLeaseDuration() {
            return leaseDuration;
        }

        public void setLeaseDuration(Duration leaseDuration) {
            this.leaseDuration = leaseDuration;
        }

        public long getMaxBacklog() {
            return maxBacklog;
        }

        public void setMaxBacklog(long maxBacklog) {
            this.maxBacklog = maxBacklog;
        }

        public Duration getRetention() {
            return retention;
        }

        public void setRetention(Duration retention) {
            this.retention = retention;
        }

        public Duration getRetryInitialDelay() {
            return retryInitialDelay;
        }

        public void setRetryInitialDelay(Duration retryInitialDelay) {
            this.retryInitialDelay = retryInitialDelay;
        }

        public Duration getRetryMaxDelay() {
            return retryMaxDelay;
        }

        public void setRetryMaxDelay(Duration retryMaxDelay) {
            this.retryMaxDelay = retryMaxDelay;
        }

        public Duration getSendTimeout() {
            return sendTimeout;
        }

        public void setSendTimeout(Duration sendTimeout) {
            this.sendTimeout = sendTimeout;
        }
    }

    /**
     * How consumers retry an event that failed for a reason that may pass (database, SMTP, Kafka,
     * timeouts) ({@code pipeline.consumer-retry.*}): exponential back-off with the partition
     * paused, until {@code giveUpAfter}; only then the dead-letter topic.
     */
    public static class ConsumerRetry {
        private Duration initialDelay = Duration.ofSeconds(1);
        private Duration maxDelay = Duration.ofMinutes(1);
        private Duration giveUpAfter = Duration.ofMinutes(10);

        public Duration getInitialDelay() {
            return initialDelay;
        }

        public void setInitialDelay(Duration initialDelay) {
            this.initialDelay = initialDelay;
        }

        public Duration getMaxDelay() {
            return maxDelay;
        }

        public void setMaxDelay(Duration maxDelay) {
            this.maxDelay = maxDelay;
        }

        public Duration getGiveUpAfter() {
            return giveUpAfter;
        }

        public void setGiveUpAfter(Duration giveUpAfter) {
            this.giveUpAfter = giveUpAfter;
        }
    }
}
