package org.healthjournal.pipeline.devstack.kafka;

import java.nio.file.Path;

/** The {@code server.properties} of a single-node KRaft broker that is both broker and controller. */
final class KafkaServerProperties {

    static final int NODE_ID = 1;
    static final String CONTROLLER_LISTENER = "CONTROLLER";

    private KafkaServerProperties() {
    }

    static String singleNode(int port, int controllerPort, Path dataDir) {
        return String.join("\n",
                "# written by devstack on every start",
                "process.roles=broker,controller",
                "node.id=" + NODE_ID,
                "controller.quorum.voters=1@127.0.0.1:" + controllerPort,
                "listeners=PLAINTEXT://127.0.0.1:" + port + ",CONTROLLER://127.0.0.1:" + controllerPort,
                "advertised.listeners=PLAINTEXT://127.0.0.1:" + port,
                "listener.security.protocol.map=PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT",
                "controller.listener.names=" + CONTROLLER_LISTENER,
                "inter.broker.listener.name=PLAINTEXT",
                "log.dirs=" + dataDir.toAbsolutePath().toString().replace("\\", "/"),
                "num.partitions=3",
                "offsets.topic.replication.factor=1",
                // one consumer-offsets partition instead of 50: a few consumer groups need no more,
                // and the broker loads every partition on each start (taken when the topic is
                // created, so a data folder from before keeps its 50)
                "offsets.topic.num.partitions=1",
                "transaction.state.log.replication.factor=1",
                "transaction.state.log.min.isr=1",
                "group.initial.rebalance.delay.ms=0",
                // the services create their topics at start-up; a typo should not invent a new one
                "auto.create.topics.enable=false",
                "")
                + System.lineSeparator();
    }
}
