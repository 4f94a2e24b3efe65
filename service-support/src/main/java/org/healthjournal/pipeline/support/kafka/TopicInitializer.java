package org.healthjournal.pipeline.support.kafka;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.AlterConfigOp;
import org.apache.kafka.clients.admin.ConfigEntry;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.errors.TopicExistsException;
import org.healthjournal.pipeline.support.PipelineProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.InitializingBean;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;

/**
 * Creates the pipeline's topics with an explicit partition count and replication factor before
 * any route starts, instead of relying on the broker's auto-creation defaults. Every service
 * does this; whoever starts first creates them, the others find them there.
 */
public class TopicInitializer implements InitializingBean {

    private static final Logger log = LoggerFactory.getLogger(TopicInitializer.class);
    private static final Map<String, String> KEEP_FOREVER = Map.of(TopicConfig.RETENTION_MS_CONFIG, "-1");

    private final String bootstrapServers;
    private final PipelineProperties properties;

    public TopicInitializer(String bootstrapServers, PipelineProperties properties) {
        this.bootstrapServers = bootstrapServers;
        this.properties = properties;
    }

    @Override
    public void afterPropertiesSet() throws InterruptedException {
        if (!properties.getKafka().isCreateTopics()) {
            return;
        }
        PipelineProperties.TopicNames names = properties.getTopics();
        int partitions = properties.getKafka().getPartitions();
        short replication = properties.getKafka().getReplicationFactor();
        List<NewTopic> topics = List.of(names.getDrafts(), names.getReviews(), names.getPublished())
                .stream().map(name -> new NewTopic(name, partitions, replication)).collect(Collectors.toList());
        // dead letters wait for an operator, however long that takes: they are kept until deleted
        topics.add(new NewTopic(names.getDeadLetter(), partitions, replication).configs(KEEP_FOREVER));
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 30000))) {
            for (NewTopic topic : topics) {
                create(admin, topic);
            }
            keepForever(admin, names.getDeadLetter());
        }
    }

    /** A dead-letter topic created before retention was set (or by hand) gets it too. */
    private void keepForever(Admin admin, String topic) throws InterruptedException {
        ConfigResource resource = new ConfigResource(ConfigResource.Type.TOPIC, topic);
        AlterConfigOp keep = new AlterConfigOp(new ConfigEntry(TopicConfig.RETENTION_MS_CONFIG, "-1"),
                AlterConfigOp.OpType.SET);
        try {
            admin.incrementalAlterConfigs(Map.of(resource, List.of(keep))).all().get(30, TimeUnit.SECONDS);
        } catch (ExecutionException | TimeoutException e) {
            log.warn("could not set retention.ms=-1 on {}: {}", topic, e.toString());
        }
    }

    private void create(Admin admin, NewTopic topic) throws InterruptedException {
        try {
            admin.createTopics(List.of(topic)).all().get(30, TimeUnit.SECONDS);
            log.info("created topic {} ({} partitions, replication {})", topic.name(), topic.numPartitions(),
                    topic.replicationFactor());
        } catch (ExecutionException e) {
            if (!(e.getCause() instanceof TopicExistsException)) {
                throw new IllegalStateException("cannot create topic " + topic.name() + " on " + bootstrapServers, e.getCause());
            }
        } catch (TimeoutException e) {
            throw new IllegalStateException("Kafka at " + bootstrapServers + " did not answer while creating topic "
                    + topic.name(), e);
        }
    }
}
