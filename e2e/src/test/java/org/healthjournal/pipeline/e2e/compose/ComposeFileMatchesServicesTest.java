package org.healthjournal.pipeline.e2e.compose;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.yaml.snakeyaml.Yaml;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Docker is not available on every machine that builds this project, so docker-compose.yml is
 * checked against what the services really read: their ports, the configuration keys and
 * environment placeholders in their application.yml (and the shared defaults), the databases
 * PostgreSQL creates, pinned images and health-gated start-up.
 */
class ComposeFileMatchesServicesTest {

    /** Spring Boot properties a service honours without naming them in its own yml. */
    private static final Set<String> STANDARD_BOOT_VARIABLES = Set.of(
            "SERVER_PORT", "SPRING_DATASOURCE_URL", "SPRING_DATASOURCE_USERNAME", "SPRING_DATASOURCE_PASSWORD",
            "SPRING_CONFIG_ADDITIONAL_LOCATION", "SPRING_PROFILES_ACTIVE");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([A-Z0-9_]+)[:}]");

    private static Path root;
    private static Map<String, Object> services;

    @BeforeAll
    @SuppressWarnings("unchecked")
    static void readCompose() throws IOException {
        root = Path.of("").toAbsolutePath();
        while (!Files.exists(root.resolve("docker-compose.yml"))) {
            root = root.getParent();
        }
        Map<String, Object> compose = new Yaml().load(Files.readString(root.resolve("docker-compose.yml")));
        services = (Map<String, Object>) compose.get("services");
    }

    @ParameterizedTest
    @CsvSource({"ingest, 8081", "review-workflow, 8082", "publisher, 8083", "notifier, 8084"})
    void servicePortMatchesTheServicesOwnConfiguration(String name, int port) throws IOException {
        Map<String, Object> service = service(name);
        Map<String, String> config = flatten(applicationYml(name));

        assertThat(config.get("server.port")).isEqualTo(String.valueOf(port));
        assertThat(environment(service).get("SERVER_PORT")).isEqualTo(String.valueOf(port));
        assertThat((List<Object>) service.get("ports")).map(String::valueOf).contains(port + ":" + port);
        assertThat(healthcheck(service)).contains("http://localhost:" + port + "/actuator/health");
    }

    @ParameterizedTest
    @CsvSource({"ingest", "review-workflow", "publisher", "notifier"})
    void everyEnvironmentVariableIsReadByTheService(String name) throws IOException {
        String ownYml = Files.readString(root.resolve(name + "/src/main/resources/application.yml"));
        String sharedYml = Files.readString(root.resolve("service-support/src/main/resources/pipeline-defaults.yml"));
        Set<String> known = new HashSet<>(STANDARD_BOOT_VARIABLES);
        for (String yml : List.of(ownYml, sharedYml)) {
            Matcher placeholders = PLACEHOLDER.matcher(yml);
            while (placeholders.find()) {
                known.add(placeholders.group(1));
            }
            flatten(new Yaml().load(yml)).keySet().forEach(key -> known.add(relaxedEnvironmentName(key)));
        }

        assertThat(environment(service(name)).keySet()).allSatisfy(variable -> assertThat(known)
                .as("%s reads %s", name, variable).contains(variable));
    }

    @ParameterizedTest
    @CsvSource({"ingest", "review-workflow", "publisher", "notifier"})
    void serviceDatabaseIsCreatedByPostgresInit(String name) throws IOException {
        String url = environment(service(name)).get("SPRING_DATASOURCE_URL");
        String database = url.substring(url.lastIndexOf('/') + 1);
        String init = Files.readString(root.resolve("docker/postgres-init.sql"));

        assertThat(init).contains("create database " + database + ";");
    }

    @ParameterizedTest
    @CsvSource({"ingest", "review-workflow", "publisher", "notifier"})
    @SuppressWarnings("unchecked")
    void serviceStartsOnlyAfterKafkaAndPostgresAreHealthy(String name) {
        Map<String, Object> dependsOn = (Map<String, Object>) service(name).get("depends_on");

        for (String dependency : List.of("kafka", "postgres")) {
            assertThat((Map<String, Object>) dependsOn.get(dependency)).containsEntry("condition", "service_healthy");
        }
    }

    @Test
    void everyImageIsPinnedToAVersion() {
        assertThat(services.values()).allSatisfy(value -> {
            String image = String.valueOf(((Map<?, ?>) value).get("image"));
            assertThat(image).matches("[^:]+:[0-9][^:]*").doesNotEndWith(":latest");
        });
    }

    @Test
    void everyServiceHasAHealthcheck() {
        assertThat(services).allSatisfy((name, value) ->
                assertThat(((Map<?, ?>) value).get("healthcheck")).as(name).isNotNull());
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> service(String name) {
        Map<String, Object> service = (Map<String, Object>) services.get(name);
        assertThat(service).as("compose service %s", name).isNotNull();
        return service;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, String> environment(Map<String, Object> service) {
        Map<String, String> env = new LinkedHashMap<>();
        ((Map<String, Object>) service.get("environment")).forEach((k, v) -> env.put(k, String.valueOf(v)));
        return env;
    }

    @SuppressWarnings("unchecked")
    private static String healthcheck(Map<String, Object> service) {
        return String.valueOf(((Map<String, Object>) service.get("healthcheck")).get("test"));
    }

    private static Map<String, Object> applicationYml(String name) throws IOException {
        return new Yaml().load(Files.readString(root.resolve(name + "/src/main/resources/application.yml")));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, String> flatten(Map<String, Object> yaml) {
        Map<String, String> flat = new LinkedHashMap<>();
        flatten("", yaml, flat);
        return flat;
    }

    @SuppressWarnings("unchecked")
    private static void flatten(String prefix, Map<String, Object> node, Map<String, String> into) {
        node.forEach((key, value) -> {
            String path = prefix.isEmpty() ? key : prefix + "." + key;
            if (value instanceof Map<?, ?> child) {
                flatten(path, (Map<String, Object>) child, into);
            } else {
                into.put(path, String.valueOf(value));
            }
        });
    }

    /** Spring's relaxed binding: {@code pipeline.publisher.base-url} ← {@code PIPELINE_PUBLISHER_BASEURL}. */
    private static String relaxedEnvironmentName(String key) {
        return key.replace("-", "").replace('.', '_').toUpperCase(Locale.ROOT);
    }
}
