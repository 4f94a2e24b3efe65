package org.healthjournal.pipeline.faults.client;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

/**
 * Plain HTTP calls as a staff member (demo users: password = name) or anonymously. Connection
 * failures are thrown as they are: callers decide whether a retry is safe.
 */
public final class StaffHttp {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** Short: a service that is being killed must not hold a writer for long. */
    private static final Duration TIMEOUT = Duration.ofSeconds(15);

    private final HttpClient http = HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(3))
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();

    public HttpResult get(String url, String user) throws IOException {
        return send(HttpRequest.newBuilder(URI.create(url)).GET(), user);
    }

    public HttpResult post(String url, JsonNode body, String user) throws IOException {
        try {
            return send(HttpRequest.newBuilder(URI.create(url))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofByteArray(JSON.writeValueAsBytes(body))), user);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private HttpResult send(HttpRequest.Builder builder, String user) throws IOException {
        builder.timeout(TIMEOUT).header("Accept", "application/json");
        if (user != null) {
            builder.header("Authorization", "Basic " + Base64.getEncoder()
                    .encodeToString((user + ":" + user).getBytes(StandardCharsets.UTF_8)));
        }
        HttpRequest request = builder.build();
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            return new HttpResult(request.method(), request.uri().toString(), response.statusCode(), response.body());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
    }

    /** GET, retried on connection errors and 5xx until {@code patience} has passed; then the last answer or error. */
    public HttpResult getPatiently(String url, String user, Duration patience) throws IOException {
        long deadline = System.nanoTime() + patience.toNanos();
        while (true) {
            try {
                HttpResult result = get(url, user);
                if (result.status() < 500 || System.nanoTime() > deadline) {
                    return result;
                }
            } catch (IOException e) {
                if (System.nanoTime() > deadline) {
                    throw e;
                }
            }
            Backoff.pause(Duration.ofMillis(500));
        }
    }
}
