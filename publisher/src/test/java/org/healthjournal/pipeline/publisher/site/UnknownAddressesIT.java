package org.healthjournal.pipeline.publisher.site;

import com.fasterxml.jackson.databind.JsonNode;
import org.healthjournal.pipeline.publisher.PublisherIntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.healthjournal.pipeline.publisher.Approvals.approved;
import static org.healthjournal.pipeline.publisher.Approvals.newArticleId;

class UnknownAddressesIT extends PublisherIntegrationTest {

    /** One article for every case to find among the latest (re-approving v1 of it changes nothing). */
    private static final String LATEST = newArticleId();

    @ParameterizedTest
    @ValueSource(strings = {"/nope", "/nope/deeper/still", "/categories/no-such-category", "/tags/no-such-tag",
            "/authors/no-such-author", "/articles/no-such-article", "/page/abc", "/page/99999", "/page/1",
            "/page/0", "/categories/no-such-category/page/2", "/apis", "/favicon.ico"})
    void unknownPublicAddressGetsTheSitesNotFoundPageAndNoChallenge(String path) {
        sendReview(approved(LATEST, 1, "Does cold water swimming boost immunity?"));
        awaitPublished(LATEST, 1);

        ResponseEntity<String> page = http.getForEntity(path, String.class);

        assertThat(page.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(page.getHeaders().getFirst("WWW-Authenticate")).isNull();
        assertThat(page.getHeaders().getContentType().toString()).startsWith("text/html");
        assertThat(page.getBody())
                .contains("<h1>Page not found</h1>")
                .contains("action=\"/search\"", "name=\"q\"")
                .contains("Latest articles")
                .contains("href=\"/articles/does-cold-water-swimming-boost-immunity")
                .contains("class=\"site-footer\"")
                .contains("<meta name=\"robots\" content=\"noindex\">");
        assertThat(page.getHeaders().getFirst("Content-Security-Policy")).contains("script-src 'none'");
        assertThat(page.getHeaders().getFirst("Referrer-Policy")).isEqualTo("strict-origin-when-cross-origin");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/articles", "/api/articles/anything", "/api/nope", "/actuator/metrics"})
    void onlyApiAndMetricsAddressesAskStaffToSignIn(String path) {
        ResponseEntity<String> response = http.getForEntity(path, String.class);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(response.getHeaders().getFirst("WWW-Authenticate")).startsWith("Basic");
        assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
    }

    @Test
    void healthStaysOpen() {
        assertThat(http.getForEntity("/actuator/health", String.class).getStatusCode()).isEqualTo(HttpStatus.OK);
    }

    @Test
    void unknownApiAddressIsAProblemForStaffNotAPage() {
        ResponseEntity<JsonNode> response = http.withBasicAuth(STAFF_USER, STAFF_PASSWORD)
                .getForEntity("/api/nope", JsonNode.class);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(response.getHeaders().getContentType().isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)).isTrue();
        assertThat(response.getBody().get("status").asInt()).isEqualTo(404);
        assertThat(response.getBody().get("instance").asText()).isEqualTo("/api/nope");
    }

    @Test
    void everyPageSaysHowMuchOfItsAddressOtherSitesMayLearn() {
        for (String path : new String[] {"/", "/css/site.css", "/robots.txt", "/sitemap.xml", "/nope"}) {
            assertThat(http.getForEntity(path, String.class).getHeaders().getFirst("Referrer-Policy"))
                    .as(path).isEqualTo("strict-origin-when-cross-origin");
        }
    }
}
