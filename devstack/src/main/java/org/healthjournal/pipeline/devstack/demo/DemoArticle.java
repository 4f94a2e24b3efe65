package org.healthjournal.pipeline.devstack.demo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

/** The sample article submitted by {@code --demo}, as the JSON body of {@code POST /api/drafts}. */
public final class DemoArticle {

    private static final String RESOURCE = "/org/healthjournal/pipeline/devstack/demo/demo-article.json";
    private static final ObjectMapper JSON = new ObjectMapper();

    private DemoArticle() {
    }

    /** The draft request body (title, dek, category, tags, body, references, keyTakeaway). */
    public static String json() {
        try (InputStream in = DemoArticle.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCE);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Submits the sample as {@code writer} to the ingest service.
     *
     * @return the new article id
     * @throws IllegalStateException when ingest does not accept it (with its answer)
     */
    public static String submit(String ingestBaseUrl, DemoUser writer) {
        String credentials = Base64.getEncoder().encodeToString(
                (writer.name() + ":" + writer.password()).getBytes(StandardCharsets.UTF_8));
        HttpRequest request = HttpRequest.newBuilder(URI.create(ingestBaseUrl + "/api/drafts"))
                .timeout(Duration.ofSeconds(30))
                .header("Authorization", "Basic " + credentials)
                .header("Content-Type", "application/json")
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json()))
                .build();
        try {
            HttpResponse<String> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 202) {
                throw new IllegalStateException("ingest answered " + response.statusCode() + ": " + response.body());
            }
            JsonNode body = JSON.readTree(response.body());
            return body.path("articleId").asText();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot submit the demo article to " + ingestBaseUrl, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while submitting the demo article", e);
        }
    }
}
