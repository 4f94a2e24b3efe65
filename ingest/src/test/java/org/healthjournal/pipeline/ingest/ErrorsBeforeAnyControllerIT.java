package org.healthjournal.pipeline.ingest;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import static org.assertj.core.api.Assertions.assertThat;

/** Through Tomcat: addresses refused before ingest's controllers run are problem+json too. */
class ErrorsBeforeAnyControllerIT extends IngestIntegrationTest {

    @LocalServerPort
    int port;

    @ParameterizedTest
    @ValueSource(strings = {"/api/drafts/a%2Fb:400", "/api/drafts/a%00b:400", "/api/drafts/a%ffb:400",
            "/api/drafts/../drafts:400", "/api/drafts;x=1:400", "/error:404"})
    void isAProblemNeverTomcatsPage(String pathAndStatus) throws Exception {
        String path = pathAndStatus.substring(0, pathAndStatus.lastIndexOf(':'));
        int expected = Integer.parseInt(pathAndStatus.substring(pathAndStatus.lastIndexOf(':') + 1));

        HttpResponse<String> response = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET().build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(expected);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(response.body()).contains("\"status\":" + expected).doesNotContain("Tomcat");
    }
}
