package org.healthjournal.pipeline.devstack.services;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.healthjournal.pipeline.devstack.process.ChildProcess;
import org.healthjournal.pipeline.devstack.process.RestartPolicy;
import org.healthjournal.pipeline.devstack.process.Supervisor;

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

/** One service running from its runnable jar in its own JVM, restarted by its {@link Supervisor} if it dies. */
public final class ServiceProcess {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Service service;
    private final Supervisor supervisor;
    private final String baseUrl;
    private final Path logFile;

    private ServiceProcess(Service service, Supervisor supervisor, String baseUrl, Path logFile) {
        this.service = service;
        this.supervisor = supervisor;
        this.baseUrl = baseUrl;
        this.logFile = logFile;
    }

    /**
     * Runs {@code java <jvmOptions> -jar <jar> --name=value…}, the jar extracted and with its
     * class-data archive when it has one (see {@link FastStartJar}). Command-line arguments beat every
     * other Spring property source, so the stack's settings win over the service's defaults.
     * Restarts use the very same command; they begin with {@link #superviseRestarts()}.
     */
    public static ServiceProcess start(Service service, Path jar, int port, Map<String, String> properties,
                                       List<String> jvmOptions, Map<String, String> environment, Path logFile,
                                       Path pidFile) {
        return start(service, FastStartJar.launchArguments(jar), port, properties, jvmOptions, environment, logFile,
                pidFile);
    }

    /**
     * Runs {@code java <jvmOptions> <launchArguments> --name=value…}, where {@code launchArguments}
     * name the jar ({@code -jar <jar>} and any options that go with it, see {@link FastStartJar}).
     */
    public static ServiceProcess start(Service service, List<String> launchArguments, int port,
                                       Map<String, String> properties, List<String> jvmOptions,
                                       Map<String, String> environment, Path logFile, Path pidFile) {
        List<String> command = new ArrayList<>();
        command.add(ChildProcess.javaExecutable());
        command.addAll(jvmOptions);
        command.addAll(launchArguments);
        properties.forEach((name, value) -> command.add("--" + name + "=" + value));
        List<String> sameCommandEveryTime = List.copyOf(command);
        Map<String, String> sameEnvironment = Map.copyOf(environment);
        Supervisor supervisor = Supervisor.start(service.moduleName(),
                () -> ChildProcess.start(service.moduleName(), sameCommandEveryTime, sameEnvironment, logFile),
                RestartPolicy.standard(), pidFile);
        return new ServiceProcess(service, supervisor, "http://localhost:" + port, logFile);
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

    public Supervisor supervisor() {
        return supervisor;
    }

    /** See {@link Supervisor#superviseRestarts()}. */
    public void superviseRestarts() {
        supervisor.superviseRestarts();
    }

    /** The pid of the JVM started last. */
    public long pid() {
        return supervisor.current().pid();
    }

    public boolean isAlive() {
        return supervisor.current().isAlive();
    }

    public int exitCode() {
        return supervisor.current().exitCode();
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
        supervisor.requestStop();
    }

    public void awaitStop(Duration timeout) {
        supervisor.awaitStop(timeout);
    }
}
