package org.healthjournal.pipeline.support.outbox;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.healthjournal.pipeline.support.PipelineProperties;
import org.healthjournal.pipeline.support.PipelineSupportAutoConfiguration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.jdbc.JdbcClientAutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.time.Clock;
import java.util.HashMap;
import java.util.Map;

/**
 * The outbox of a service that emits events ({@code pipeline.outbox.enabled}, on by default; the
 * service's Flyway migrations must create {@code outbox_event} and {@code outbox_lease}).
 */
@AutoConfiguration(after = {JdbcClientAutoConfiguration.class, PipelineSupportAutoConfiguration.class})
@ConditionalOnBean(JdbcClient.class)
@ConditionalOnProperty(prefix = "pipeline.outbox", name = "enabled", matchIfMissing = true)
public class OutboxConfiguration {

    @Bean
    OutboxRelay outboxRelay(JdbcClient jdbc, PipelineProperties properties,
            @Value("${camel.component.kafka.brokers}") String brokers,
            @Value("${spring.application.name:editorial-pipeline}") String serviceName) {
        return new OutboxRelay(new OutboxStore(jdbc), () -> new KafkaProducer<>(producerSettings(brokers, serviceName)),
                properties.getOutbox(), "/editorial-pipeline/" + serviceName, Clock.systemUTC());
    }

    @Bean
    Outbox outbox(JdbcClient jdbc, OutboxRelay relay, PipelineProperties properties) {
        return new Outbox(new OutboxStore(jdbc), relay, properties.getOutbox().getMaxBacklog(), Clock.systemUTC());
    }

    /** Health contributor {@code outbox}: the backlog, the last send, the last error. */
    @Bean
    HealthIndicator outboxHealthIndicator(OutboxRelay relay) {
        return () -> {
            OutboxRelay.OutboxStatus status = relay.status();
            Health.Builder health = Health.up().withDetail("backlog", status.backlog());
            if (status.lastSentAt() != null) {
                health.withDetail("lastSentAt", status.lastSentAt().toString());
            }
            if (status.lastError() != null) {
                health.withDetail("lastError", status.lastError());
            }
            return health.build();
        };
    }

    @Bean
    MeterBinder outboxMetrics(OutboxRelay relay) {
        return registry -> Gauge.builder("pipeline.outbox.backlog", relay, OutboxRelay::backlog)
                .description("events committed but not yet acknowledged by Kafka")
                .register(registry);
    }

    /** No lost events: every in-sync replica has it, and a retried send is never written twice. */
    static Map<String, Object> producerSettings(String brokers, String serviceName) {
        Map<String, Object> settings = new HashMap<>();
        settings.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, brokers);
        settings.put(ProducerConfig.CLIENT_ID_CONFIG, serviceName + "-outbox");
        settings.put(ProducerConfig.ACKS_CONFIG, "all");
        settings.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        settings.put(ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION, 5);
        settings.put(ProducerConfig.LINGER_MS_CONFIG, 1);
        settings.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, 10_000);
        settings.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, 10_000);
        settings.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 25_000);
        settings.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
        settings.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class);
        return settings;
    }
}
