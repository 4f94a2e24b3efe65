package org.healthjournal.pipeline.e2e;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.TopicDescription;
import org.healthjournal.pipeline.e2e.support.LocalStackExtension;
import org.healthjournal.pipeline.e2e.support.PipelineClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** The services create the pipeline's topics at start-up, with the documented partition count. */
@ExtendWith(LocalStackExtension.class)
class TopicsIT {

    private static final List<String> TOPICS =
            List.of("editorial.drafts", "editorial.reviews", "editorial.published", "editorial.deadletter");

    @Test
    void everyPipelineTopicExistsWithThreePartitions(PipelineClient pipeline) throws Exception {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
                pipeline.stack().kafkaBootstrapServers()))) {
            Map<String, TopicDescription> topics = admin.describeTopics(TOPICS).allTopicNames().get(30, TimeUnit.SECONDS);

            assertThat(topics).containsOnlyKeys(TOPICS);
            assertThat(topics.values()).allSatisfy(topic -> assertThat(topic.partitions()).hasSize(3));
        }
    }
}
