package org.healthjournal.pipeline.devstack;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.healthjournal.pipeline.devstack.fake.FakeServiceJars;
import org.healthjournal.pipeline.devstack.process.ChildStatus;
import org.healthjournal.pipeline.devstack.process.Supervisor;
import org.healthjournal.pipeline.devstack.services.Service;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.awaitility.Awaitility.await;

/** The launcher keeps its children running: a real broker and GreenMail, stand-ins for the services. */
class LocalStackSupervisionIT {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    @Test
    void restartsAServiceKilledWithSigkillOnTheSamePortAndLogsIt() throws Exception {
        try (LocalStack stack = LocalStack.start(settings())) {
            long killed = Long.parseLong(Files.readString(stack.pidFile("ingest")).trim());
            assertThat(child(stack, "ingest").path("pid").asLong()).isEqualTo(killed);

            ProcessHandle.of(killed).orElseThrow().destroyForcibly();

            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
                JsonNode ingest = child(stack, "ingest");
                assertThat(ingest.path("pid").asLong()).isNotEqualTo(killed);
                assertThat(ingest.path("state").asText()).isEqualTo("RUNNING");
                assertThat(ingest.path("restarts").asInt()).isEqualTo(1);
                assertThat(ingest.path("lastExitStatus").asInt()).isEqualTo(137);
                assertThat(health(stack.ingestUrl())).contains("\"status\":\"UP\"");
            });
            long restarted = child(stack, "ingest").path("pid").asLong();
            assertThat(Files.readString(stack.pidFile("ingest")).trim()).isEqualTo(String.valueOf(restarted));
            assertThat(Files.readString(stack.logFile(Service.INGEST)))
                    .contains("=== devstack: ingest exited with status 137; restarting in 1 s (restart 1 in the last minute) ===");
            assertThat(stack.children()).filteredOn(status -> !status.name().equals("ingest"))
                    .extracting(ChildStatus::name, ChildStatus::restarts, ChildStatus::alive)
                    .containsExactly(
                            tuple("kafka", 0, true),
                            tuple("review-workflow", 0, true),
                            tuple("publisher", 0, true),
                            tuple("notifier", 0, true));
        }
    }

    @Test
    void stoppingTheStackRestartsNothing() throws Exception {
        StackSettings settings = settings();
        LocalStack stack = LocalStack.start(settings);
        List<ChildStatus> running = stack.children();
        assertThat(running).extracting(ChildStatus::name)
                .containsExactly("kafka", "ingest", "review-workflow", "publisher", "notifier");

        stack.close();

        assertThat(running).allSatisfy(child -> assertThat(ProcessHandle.of(child.pid()).map(ProcessHandle::isAlive))
                .as(child.name()).isNotEqualTo(Optional.of(true)));
        await().atMost(Duration.ofSeconds(30)).until(() -> settings.ports().asMap().values().stream()
                .allMatch(PortCheck::isFree));
        // longer than the first back-off: a restart triggered by the stop would have happened by now
        await().during(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(6)).until(() ->
                settings.ports().asMap().values().stream().allMatch(PortCheck::isFree)
                        && stack.children().stream().allMatch(child -> child.state() == Supervisor.State.STOPPED
                        && child.restarts() == 0 && !child.alive()));
        try (var pidFiles = Files.list(settings.dataDir().resolve("pids"))) {
            assertThat(pidFiles).isEmpty();
        }
    }

    @Test
    void doesNotRestartTheBrokerWhenCtrlCEndedItBeforeTheServicesHaveStopped() throws Exception {
        // the services take longer to stop than the first back-off, and the broker is stopped last
        StackSettings settings = settingsBuilder().serviceJvmOptions(List.of("-Dfake.stopMillis=3000")).build();
        LocalStack stack = LocalStack.start(settings);
        long broker = stack.children().get(0).pid();

        // Ctrl-C signals every child of the terminal at once, and the broker stops by itself
        ProcessHandle.of(broker).orElseThrow().destroy();
        stack.close();

        assertThat(stack.children()).first().satisfies(kafka -> {
            assertThat(kafka.name()).isEqualTo("kafka");
            assertThat(kafka.restarts()).isZero();
            assertThat(kafka.pid()).isEqualTo(broker);
        });
        assertThat(Files.readString(stack.kafkaLogFile())).doesNotContain("restarting in");
        await().atMost(Duration.ofSeconds(30)).until(() -> settings.ports().asMap().values().stream()
                .allMatch(PortCheck::isFree));
    }

    private StackSettings settings() throws IOException {
        return settingsBuilder().build();
    }

    private StackSettings.Builder settingsBuilder() throws IOException {
        return StackSettings.builder()
                .allFreePorts()
                .dataDir(dir.resolve("data"))
                .servicesDir(FakeServiceJars.writeAll(dir.resolve("services")))
                .startupTimeout(Duration.ofSeconds(60));
    }

    /** One child from {@code GET /stack}, the endpoint a fault test uses. */
    private JsonNode child(LocalStack stack, String name) throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(stack.mailPageUrl() + "stack")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode status = JSON.readTree(response.body());
        assertThat(status.path("smtp").path("paused").asBoolean()).isFalse();
        for (JsonNode child : status.path("children")) {
            if (name.equals(child.path("name").asText())) {
                return child;
            }
        }
        throw new AssertionError("no child " + name + " in " + response.body());
    }

    private String health(String baseUrl) throws InterruptedException {
        try {
            return http.send(HttpRequest.newBuilder(URI.create(baseUrl + "/actuator/health")).build(),
                    HttpResponse.BodyHandlers.ofString()).body();
        } catch (IOException notListeningYet) {
            return "not listening: " + notListeningYet;
        }
    }
}
