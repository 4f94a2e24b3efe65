package org.healthjournal.pipeline.publisher.api;

import com.fasterxml.jackson.databind.JsonNode;
import org.healthjournal.pipeline.events.ArticlePublished;
import org.healthjournal.pipeline.publisher.PublisherIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.healthjournal.pipeline.publisher.Approvals.approved;
import static org.healthjournal.pipeline.publisher.Approvals.newArticleId;

class ArticleApiIT extends PublisherIntegrationTest {

    @Test
    void anonymousCallerIsAskedToSignIn() {
        ResponseEntity<String> response = http.getForEntity("/api/articles/anything", String.class);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(response.getHeaders().getFirst("WWW-Authenticate")).startsWith("Basic");
        assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
    }

    @Test
    void staffUserSeesWhereAnArticleWentLive() {
        String articleId = newArticleId();
        sendReview(approved(articleId, 1, "Should you exercise with a cold?"));
        ArticlePublished published = awaitPublished(articleId, 1);

        ResponseEntity<JsonNode> response = http.withBasicAuth(STAFF_USER, STAFF_PASSWORD)
                .getForEntity("/api/articles/" + articleId, JsonNode.class);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        JsonNode body = response.getBody();
        assertThat(body.get("articleId").asText()).isEqualTo(articleId);
        assertThat(body.get("slug").asText()).isEqualTo("should-you-exercise-with-a-cold");
        assertThat(body.get("url").asText()).isEqualTo(BASE_URL + "/articles/should-you-exercise-with-a-cold");
        assertThat(body.get("version").asInt()).isEqualTo(1);
        assertThat(body.get("title").asText()).isEqualTo("Should you exercise with a cold?");
        assertThat(body.get("publishedAt").asText()).isEqualTo(published.publishedAt().toString());
        assertThat(body.get("updatedAt").asText()).isEqualTo(published.publishedAt().toString());
        assertThat(body.get("category").asText()).isEqualTo("Immune Health");
        assertThat(body.get("author").asText()).isEqualTo("wanda");
        assertThat(body.get("reviewedBy").asText()).isEqualTo("dr-rivera");
        assertThat(body.get("nextReviewDue").asText()).isEqualTo("2027-11-20T09:30:00Z");
        assertThat(body.get("status").asText()).isEqualTo("PUBLISHED");
    }

    @Test
    void staffUserPagesThroughPublishedArticlesNewestFirst() {
        String older = newArticleId();
        String newer = newArticleId();
        sendReview(approved(older, 1, "Do saline rinses help a cold?"));
        awaitPublished(older, 1);
        sendReview(approved(newer, 1, "Do humidifiers help a cold?"));
        awaitPublished(newer, 1);

        JsonNode first = http.withBasicAuth(STAFF_USER, STAFF_PASSWORD)
                .getForObject("/api/articles?size=1", JsonNode.class);
        JsonNode second = http.withBasicAuth(STAFF_USER, STAFF_PASSWORD)
                .getForObject("/api/articles?page=1&size=1", JsonNode.class);

        assertThat(first.get("items")).hasSize(1);
        assertThat(first.at("/items/0/articleId").asText()).isEqualTo(newer);
        assertThat(second.at("/items/0/articleId").asText()).isEqualTo(older);
        assertThat(first.get("page").asInt()).isZero();
        assertThat(first.get("size").asInt()).isEqualTo(1);
        assertThat(first.get("totalItems").asLong()).isGreaterThanOrEqualTo(2);
        assertThat(first.get("totalPages").asLong()).isEqualTo(first.get("totalItems").asLong());
        assertThat(first.at("/items/0/url").asText()).startsWith(BASE_URL + "/articles/do-humidifiers-help-a-cold");
    }

    @Test
    void pageSizeOutOfRangeIsABadRequestProblem() {
        ResponseEntity<JsonNode> response = http.withBasicAuth(STAFF_USER, STAFF_PASSWORD)
                .getForEntity("/api/articles?size=1000", JsonNode.class);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
    }

    @Test
    void unknownArticleIsNotFoundProblem() {
        ResponseEntity<JsonNode> response = http.withBasicAuth(STAFF_USER, STAFF_PASSWORD)
                .getForEntity("/api/articles/never-published", JsonNode.class);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(response.getBody().get("status").asInt()).isEqualTo(404);
        assertThat(response.getBody().get("detail").asText()).contains("never-published");
    }
}
