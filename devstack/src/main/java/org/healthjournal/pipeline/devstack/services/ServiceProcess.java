package org.healthjournal.pipeline.devstack.services;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.healthjournal.pipeline.devstack.process.ChildProcess;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/** One service running from its runnable jar in its own JVM. */
public final class ServiceProcess {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Service service;
    private final ChildProcess process;
    private final String baseUrl;
    private final Path logFile;

    private ServiceProcess(Service service, ChildProcess process, String baseUrl, Path logFile) {
        this.service = service;
        this.process = process;
        this.baseUrl = baseUrl;
        this.logFile = logFile;
    }

    /**
     * Runs {@code java <jvmOptions> -jar <jar> --name=value…}. Command-line arguments beat every
     * other Spring property source, so the stack's settings win over the service's defaults.
     */
    public static ServiceProcess start(Service service, Path jar, int port, Map<String, String> properties,
                                       List<String> jvmOptions, Map<String, String> environment, Path logFile) {
        List<String> command = new ArrayList<>();
        command.add(ChildProcess.javaExecutable());
        command.addAll(jvmOptions);
        command.add("-jar");
        command.add(jar.toString());
        properties.forEach((name, value) -> command.add("--" + name + "=" + value));
        ChildProcess process = ChildProcess.start(service.moduleName(), command, environment, logFile);
        return new ServiceProcess(service, process, "http://localhost:" + port, logFile);
    }

    public Service service() {
        return service;
    }

    public String baseUrl() {
        return baseUrl;
    }

    public Path logFile() {
        return logFile;
    }

    public long pid() {
        return process.pid();
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    public CompletableFuture<Void> onExit() {
        return process.onExit();
    }

    public int exitCode() {
        return process.exitCode();
    }

    /** True once {@code GET /actuator/health} answers {@code {"status":"UP"}}. */
    public boolean isUp(HttpClient http) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl + "/actuator/health"))
                .timeout(Duration.ofSeconds(3))
                .header("Accept", "application/json")
                .GET()
                .build();
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                return false;
            }
            JsonNode health = JSON.readTree(response.body());
            return "UP".equals(health.path("status").asText());
        } catch (IOException notListeningYet) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    public void requestStop() {
        process.requestStop();
    }

    public void awaitStop(Duration timeout) {
        process.awaitStop(timeout);
    }
}
