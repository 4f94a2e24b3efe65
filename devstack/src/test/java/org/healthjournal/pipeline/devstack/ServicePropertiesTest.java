package org.healthjournal.pipeline.devstack;

import org.healthjournal.pipeline.devstack.services.Service;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class ServicePropertiesTest {

    private final StackSettings settings = StackSettings.builder()
            .dataDir(Path.of("/srv/stack"))
            .kafkaClasspath(List.of())
            .extraProperty(Service.NOTIFIER, "spring.datasource.url", "jdbc:postgresql://db/notifier")
            .extraProperty(Service.NOTIFIER, "spring.datasource.username", "postgres")
            .build();

    @Test
    void pointsEveryServiceAtBrokerOwnDatabaseAndDemoUsers() {
        Map<String, String> ingest = ServiceProperties.of(Service.INGEST, settings, "127.0.0.1:9092",
                Path.of("/srv/stack/demo-users.yml"));

        assertThat(ingest)
                .containsEntry("server.port", "8081")
                .containsEntry("camel.component.kafka.brokers", "127.0.0.1:9092")
                .doesNotContainKey("spring.datasource.url")
                .containsEntry("spring.config.additional-location", "file:/srv/stack/demo-users.yml")
                .containsEntry("camel.health.health-check-frequency", "1")
                .doesNotContainKeys("spring.mail.host", "pipeline.publisher.base-url");
    }

    @Test
    void putsEachServiceDefaultDatabaseIntoTheDataDirectory() {
        assertThat(ServiceProperties.environment(settings)).containsEntry("PIPELINE_DATA_DIR", "/srv/stack");
    }

    @Test
    void givesPublisherItsPublicUrl() {
        assertThat(ServiceProperties.of(Service.PUBLISHER, settings, "k:1", Path.of("u.yml")))
                .containsEntry("server.port", "8083")
                .containsEntry("pipeline.publisher.base-url", "http://localhost:8083");
    }

    @Test
    void givesNotifierMailServerAndUrlAndLetsExtraPropertiesWin() {
        Map<String, String> notifier = ServiceProperties.of(Service.NOTIFIER, settings, "k:1", Path.of("u.yml"));

        assertThat(notifier)
                .containsEntry("spring.mail.host", "127.0.0.1")
                .containsEntry("spring.mail.port", "3025")
                .containsEntry("pipeline.notifier.base-url", "http://localhost:8084")
                .containsEntry("pipeline.notifier.site-url", "http://localhost:8083")
                .containsEntry("spring.datasource.url", "jdbc:postgresql://db/notifier")
                .containsEntry("spring.datasource.username", "postgres");
    }
}
