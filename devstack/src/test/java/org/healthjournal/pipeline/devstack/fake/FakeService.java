package org.healthjournal.pipeline.devstack.fake;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Properties;
import java.util.concurrent.CountDownLatch;

/**
 * Stands in for a Spring Boot service in launcher tests: takes {@code --name=value} arguments,
 * records them in {@code $PIPELINE_DATA_DIR/fake-args-<port>.properties}, answers health (UP)
 * and accepts alice's draft. With {@code -Dfake.crashPort=<its port>} it fails at start-up, with
 * {@code -Dfake.neverUp=true} it reports DOWN forever, with {@code -Dfake.stopMillis=<n>} it takes
 * that long to stop, like a service finishing its work on SIGTERM.
 * JDK only, so its jar needs no classpath.
 */
public final class FakeService {

    private FakeService() {
    }

    public static void main(String[] args) throws IOException, InterruptedException {
        Properties properties = new Properties();
        for (String arg : args) {
            int equals = arg.indexOf('=');
            properties.setProperty(arg.substring(2, equals), arg.substring(equals + 1));
        }
        properties.setProperty("env.PIPELINE_DATA_DIR", System.getenv("PIPELINE_DATA_DIR"));
        int port = Integer.parseInt(properties.getProperty("server.port"));
        try (var out = Files.newOutputStream(Path.of(System.getenv("PIPELINE_DATA_DIR"), "fake-args-" + port + ".properties"))) {
            properties.store(out, null);
        }
        if (String.valueOf(port).equals(System.getProperty("fake.crashPort"))) {
            // what a real service prints before dying, so the launcher can show it
            System.err.println("APPLICATION FAILED TO START: fake failure on port " + port);
            System.exit(3);
        }
        long stopMillis = Long.getLong("fake.stopMillis", 0);
        if (stopMillis > 0) {
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    Thread.sleep(stopMillis);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }));
        }
        HttpServer server = HttpServer.create(new InetSocketAddress(port), 0);
        boolean healthy = !Boolean.getBoolean("fake.neverUp");
        server.createContext("/actuator/health", exchange -> respond(exchange, healthy ? 200 : 503,
                healthy ? "{\"status\":\"UP\"}" : "{\"status\":\"DOWN\"}"));
        server.createContext("/api/drafts", FakeService::acceptDraft);
        server.start();
        System.out.println("fake service listening on " + port);
        new CountDownLatch(1).await();
    }

    private static void acceptDraft(HttpExchange exchange) throws IOException {
        String alice = "Basic " + Base64.getEncoder().encodeToString("alice:alice".getBytes(StandardCharsets.UTF_8));
        byte[] body = exchange.getRequestBody().readAllBytes();
        boolean accepted = "POST".equals(exchange.getRequestMethod())
                && alice.equals(exchange.getRequestHeaders().getFirst("Authorization"))
                && new String(body, StandardCharsets.UTF_8).contains("\"title\"");
        if (accepted) {
            respond(exchange, 202, "{\"articleId\":\"fake-article-1\",\"version\":1,\"status\":\"SUBMITTED\"}");
        } else {
            respond(exchange, 401, "{}");
        }
    }

    private static void respond(HttpExchange exchange, int status, String json) throws IOException {
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }
}
