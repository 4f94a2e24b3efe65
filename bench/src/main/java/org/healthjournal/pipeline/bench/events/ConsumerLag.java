package org.healthjournal.pipeline.bench.events;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

/**
 * How far a service's consumer group is behind on a topic. A stage waits for zero before its clock
 * starts, so that a backlog an earlier stage left (e.g. ingest's drafts still waiting for
 * review-workflow) is not counted against it, nor competes with it for the CPU.
 */
public final class ConsumerLag implements AutoCloseable {

    private final Admin admin;

    public ConsumerLag(String bootstrapServers) {
        admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                AdminClientConfig.CLIENT_ID_CONFIG, "bench-lag"));
    }

    /** Records on {@code topic} the group has not committed yet (a partition it never committed counts whole). */
    public long of(String group, String topic) throws ExecutionException, InterruptedException {
        Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(group)
                .partitionsToOffsetAndMetadata().get();
        Map<TopicPartition, OffsetSpec> ends = new HashMap<>();
        admin.describeTopics(java.util.List.of(topic)).allTopicNames().get().get(topic).partitions()
                .forEach(p -> ends.put(new TopicPartition(topic, p.partition()), OffsetSpec.latest()));
        Map<TopicPartition, Long> endOffsets = new HashMap<>();
        admin.listOffsets(ends).all().get().forEach((partition, info) -> endOffsets.put(partition, info.offset()));
        return lag(endOffsets, committed);
    }

    static long lag(Map<TopicPartition, Long> endOffsets, Map<TopicPartition, OffsetAndMetadata> committed) {
        long lag = 0;
        for (Map.Entry<TopicPartition, Long> end : endOffsets.entrySet()) {
            OffsetAndMetadata done = committed.get(end.getKey());
            lag += Math.max(0, end.getValue() - (done == null ? 0 : done.offset()));
        }
        return lag;
    }

    /** Waits until the group caught up; returns the lag left when {@code patience} ran out (0: caught up). */
    public long awaitCaughtUp(String group, String topic, Duration patience) throws ExecutionException,
            InterruptedException {
        long deadline = System.nanoTime() + patience.toNanos();
        long lag = of(group, topic);
        while (lag > 0 && System.nanoTime() < deadline) {
            TimeUnit.MILLISECONDS.sleep(250);
            lag = of(group, topic);
        }
        return lag;
    }

    @Override
    public void close() {
        admin.close();
    }
}
