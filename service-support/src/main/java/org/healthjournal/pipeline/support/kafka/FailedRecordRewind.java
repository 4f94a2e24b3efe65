package org.healthjournal.pipeline.support.kafka;

import org.apache.camel.component.kafka.consumer.errorhandler.KafkaConsumerListener;
import org.apache.camel.component.kafka.consumer.support.ProcessingResult;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.common.TopicPartition;

import java.util.HashMap;
import java.util.Map;

/**
 * Runs on the Kafka consumer's own thread, around each poll. When a record fails, it moves the
 * consumer back so nothing polled is skipped: the failed partition to the failed record, every
 * other partition of that poll to the first record it returned. (While paused, the consumer does
 * not re-join its group, so the usual "start again from the committed offset" does not happen;
 * and a partition with no committed offset yet would otherwise lose what it had polled.) On
 * resume, partitions with a committed offset are moved to it, which skips what was already done.
 */
class FailedRecordRewind extends KafkaConsumerListener {

    private final Map<TopicPartition, Long> firstPolled = new HashMap<>();

    @Override
    public boolean afterConsume(Object polled) {
        firstPolled.clear();
        if (polled instanceof ConsumerRecords<?, ?> records) {
            for (TopicPartition partition : records.partitions()) {
                firstPolled.put(partition, records.records(partition).get(0).offset());
            }
        }
        return true;
    }

    @Override
    public boolean afterProcess(ProcessingResult result) {
        if (!result.isFailed()) {
            return true;
        }
        Consumer<?, ?> consumer = getConsumer();
        TopicPartition failed = new TopicPartition(result.getTopic(), result.getPartition());
        firstPolled.forEach((partition, offset) -> {
            if (!partition.equals(failed) && consumer.assignment().contains(partition)) {
                consumer.seek(partition, offset);
            }
        });
        if (consumer.assignment().contains(failed)) {
            consumer.seek(failed, result.getOffset());
        }
        return false;
    }
}
