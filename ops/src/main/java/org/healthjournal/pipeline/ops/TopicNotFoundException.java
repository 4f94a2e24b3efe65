package org.healthjournal.pipeline.ops;

/** The broker answers but has no such topic (topics are never auto-created in this pipeline). */
public class TopicNotFoundException extends OpsException {

    public TopicNotFoundException(String topic, KafkaConnection kafka) {
        super("topic " + topic + " does not exist on Kafka at " + kafka.bootstrapServers());
    }

    @Override
    public int exitCode() {
        return ExitCodes.FAILED;
    }
}
