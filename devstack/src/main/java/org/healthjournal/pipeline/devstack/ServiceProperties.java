package org.healthjournal.pipeline.devstack;

import org.healthjournal.pipeline.devstack.services.Service;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/** The Spring properties the stack hands each service so that they find the broker, mail and each other. */
final class ServiceProperties {

    static final int CAMEL_HEALTH_CHECK_SECONDS = 1;

    private ServiceProperties() {
    }

    /**
     * One map per service, extra properties from the settings last: a property must be passed
     * only once, because Spring joins repeated command-line options into a comma-separated value.
     */
    static Map<String, String> of(Service service, StackSettings settings, String kafkaBootstrapServers,
                                  Path usersFile) {
        StackPorts ports = settings.ports();
        Map<String, String> properties = new LinkedHashMap<>();
        properties.put("server.port", String.valueOf(ports.of(service)));
        properties.put("camel.component.kafka.brokers", kafkaBootstrapServers);
        properties.put("spring.config.additional-location", "file:" + usersFile.toAbsolutePath());
        // Camel's health checks run every few seconds and /actuator/health serves their last result;
        // the first result comes before the routes have started (DOWN), so at the default 5 s a
        // service is reported UP 3-5 s after it has started. Every second here: UP within a second,
        // for a handful of in-process checks a second.
        properties.put("camel.health.health-check-frequency", String.valueOf(CAMEL_HEALTH_CHECK_SECONDS));
        switch (service) {
            case PUBLISHER -> properties.put("pipeline.publisher.base-url", baseUrl(ports, Service.PUBLISHER));
            case NOTIFIER -> {
                properties.put("spring.mail.host", "127.0.0.1");
                properties.put("spring.mail.port", String.valueOf(ports.get(StackPort.SMTP)));
                properties.put("pipeline.notifier.base-url", baseUrl(ports, Service.NOTIFIER));
                // the feeds link readers to the site, not to the notifier
                properties.put("pipeline.notifier.site-url", baseUrl(ports, Service.PUBLISHER));
            }
            default -> {
                // ingest and review-workflow need nothing beyond the common settings
            }
        }
        properties.putAll(settings.extraProperties(service));
        return properties;
    }

    static String baseUrl(StackPorts ports, Service service) {
        return "http://localhost:" + ports.of(service);
    }

    /**
     * Each service's own default database is {@code jdbc:h2:file:${PIPELINE_DATA_DIR}/<service>/db}
     * plus the H2 flags that service needs (PostgreSQL mode for some, not for Flowable), so the
     * stack sets that variable instead of overriding the URL and losing the flags.
     */
    static Map<String, String> environment(StackSettings settings) {
        return Map.of("PIPELINE_DATA_DIR", settings.dataDir().toString());
    }
}
