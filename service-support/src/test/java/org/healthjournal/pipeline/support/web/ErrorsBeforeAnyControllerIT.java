package org.healthjournal.pipeline.support.web;

import org.healthjournal.pipeline.support.SupportIntegrationTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Through the real servlet container: addresses Tomcat or Spring Security refuse before any
 * controller runs, and {@code /error} itself, are answered with problem+json (a page for browsers),
 * never with Tomcat's HTML report or a stack trace.
 */
class ErrorsBeforeAnyControllerIT extends SupportIntegrationTest {

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newHttpClient();

    private HttpResponse<String> get(String rawPath, String accept) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + rawPath)).GET();
        if (accept != null) {
            request.header("Accept", accept);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/a%2Fb", "/api/a%00b", "/api/a%ffb", "/api/../api/x", "/api/x;jsessionid=1",
            "/api/a%5Cb", "/api/a%25b"})
    void anAddressRefusedBeforeAnyControllerIsA400Problem(String path) throws Exception {
        HttpResponse<String> response = get(path, "application/json");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(response.body()).contains("\"status\":400").contains("\"title\":\"Bad Request\"")
                .doesNotContain("Tomcat").doesNotContain("Exception").doesNotContain("java.");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/a%2Fb", "/api/a%00b", "/api/../api/x"})
    void aBrowserGetsAPageInTheStaffLookNotTomcats(String path) throws Exception {
        HttpResponse<String> response = get(path, "text/html,application/xhtml+xml,*/*;q=0.8");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("text/html"));
        assertThat(response.body()).contains("/staff-assets/staff.css").contains("<h1>400 Bad Request</h1>")
                .doesNotContain("Tomcat").doesNotContain("Exception");
    }

    @Test
    void theErrorAddressItselfIsNotFound() throws Exception {
        HttpResponse<String> response = get("/error", null);

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(response.body()).contains("\"status\":404").doesNotContain("999");
    }

    @Test
    void anUnknownApiAddressIsA404ProblemForASignedInCaller() throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/nothing-here"))
                .header("Authorization", "Basic " + java.util.Base64.getEncoder().encodeToString("erin:erin".getBytes()))
                .GET().build();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
    }
}
