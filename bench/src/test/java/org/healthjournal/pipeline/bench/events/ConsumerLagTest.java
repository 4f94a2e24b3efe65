package org.healthjournal.pipeline.bench.events;

import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class ConsumerLagTest {

    private static final TopicPartition P0 = new TopicPartition("editorial.drafts", 0);
    private static final TopicPartition P1 = new TopicPartition("editorial.drafts", 1);
    private static final TopicPartition P2 = new TopicPartition("editorial.drafts", 2);

    @Test
    void lagIsWhatEachPartitionHasBeyondTheGroupsCommittedOffset() {
        assertThat(ConsumerLag.lag(Map.of(P0, 10L, P1, 5L, P2, 0L),
                Map.of(P0, new OffsetAndMetadata(7), P1, new OffsetAndMetadata(5)))).isEqualTo(3);
    }

    @Test
    void aPartitionTheGroupNeverCommittedCountsWhole() {
        assertThat(ConsumerLag.lag(Map.of(P0, 4L, P1, 2L), Map.of(P0, new OffsetAndMetadata(4)))).isEqualTo(2);
    }
}
