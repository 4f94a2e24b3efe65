package org.healthjournal.pipeline.publisher.export;

import com.fasterxml.jackson.databind.JsonNode;
import org.healthjournal.pipeline.events.ArticleApproved;
import org.healthjournal.pipeline.events.ArticleContent;
import org.healthjournal.pipeline.events.ArticlePublished;
import org.healthjournal.pipeline.events.ArticleUpdated;
import org.healthjournal.pipeline.publisher.PublisherIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.healthjournal.pipeline.publisher.Approvals.approved;
import static org.healthjournal.pipeline.publisher.Approvals.newArticleId;

/** The site as files in target/static-export (see application-test.yml). */
class StaticExportIT extends PublisherIntegrationTest {

    private static final Path EXPORT = Path.of("target", "static-export");

    @Test
    void publishedArticleIsWrittenAsTheSamePageTheSiteServes() {
        String articleId = newArticleId();
        sendReview(approved(articleId, "Is a saltwater gargle worth it?", "Immune Health", List.of("gargling")));
        ArticlePublished published = awaitPublished(articleId, 1);
        Path page = EXPORT.resolve("articles").resolve(published.slug()).resolve("index.html");

        await().atMost(Duration.ofSeconds(10)).until(() -> Files.exists(page));

        assertThat(read(page)).isEqualTo(http.getForObject(pathOf(published), String.class));
        // the lists and the sitemap follow shortly after the page (list-delay)
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            assertThat(read(EXPORT.resolve("index.html"))).contains(published.title());
            assertThat(read(EXPORT.resolve("categories/immune-health/index.html"))).contains(published.title());
            assertThat(read(EXPORT.resolve("tags/gargling/index.html"))).contains(published.title());
            assertThat(read(EXPORT.resolve("authors/wanda/index.html"))).contains(published.title());
            assertThat(read(EXPORT.resolve("sitemap.xml"))).contains("<loc>" + published.url() + "</loc>");
        });
        assertThat(read(EXPORT.resolve("robots.txt"))).contains("Sitemap: " + BASE_URL + "/sitemap.xml");
        assertThat(read(EXPORT.resolve("404.html"))).contains("<h1>Page not found</h1>");
        assertThat(read(EXPORT.resolve("css/site.css"))).contains(".masthead");
    }

    @Test
    void updateMovingAnArticleToAnotherCategoryTakesItOffTheOldCategorysExportedList() {
        String articleId = newArticleId();
        ArticleApproved first = approved(articleId, "Does zinc shorten a cold?", "Shelved Remedies", List.of("zinc"));
        sendReview(first);
        ArticlePublished published = awaitPublished(articleId, 1);
        Path oldList = EXPORT.resolve("categories/shelved-remedies/index.html");
        await().atMost(Duration.ofSeconds(10)).until(() -> read(oldList).contains(published.title()));

        ArticleContent moved = first.content();
        sendReview(approved(articleId, 2, new ArticleContent(moved.title(), moved.dek(), "Cold Remedies",
                moved.tags(), moved.body(), moved.references(), moved.keyTakeaway())));
        awaitAnnounced(ArticleUpdated.class, articleId, 2);

        // its only article left: the old category's list goes; the new one lists it
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            assertThat(EXPORT.resolve("categories/shelved-remedies")).doesNotExist();
            assertThat(read(EXPORT.resolve("categories/cold-remedies/index.html"))).contains(published.title());
        });
    }

    @Test
    void editorRebuildsEveryPageFromTheStoreAndLeftoversGo() throws IOException {
        String articleId = newArticleId();
        sendReview(approved(articleId, 1, "Are nasal sprays safe for children?"));
        ArticlePublished published = awaitPublished(articleId, 1);
        Path leftover = EXPORT.resolve("articles/no-longer-here/index.html");
        Files.createDirectories(leftover.getParent());
        Files.writeString(leftover, "stale");

        ResponseEntity<JsonNode> response = http.withBasicAuth(STAFF_USER, STAFF_PASSWORD)
                .postForEntity("/api/export/rebuild", null, JsonNode.class);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(response.getBody().get("files").asInt()).isGreaterThan(5);
        assertThat(leftover).doesNotExist();
        assertThat(EXPORT.resolve("articles").resolve(published.slug()).resolve("index.html")).exists();
        assertThat(EXPORT.resolve("index.html")).exists();
    }

    @Test
    void rebuildWritesEveryPageAsTheSiteServesIt() {
        String articleId = newArticleId();
        sendReview(approved(articleId, "Does gargling salt water help a sore throat?", "Throat Care",
                List.of("gargling", "sore throat")));
        ArticlePublished published = awaitPublished(articleId, 1);
        await().atMost(Duration.ofSeconds(10)).until(() -> http.withBasicAuth(STAFF_USER, STAFF_PASSWORD)
                .getForObject("/api/export", JsonNode.class).get("caughtUp").asBoolean());

        ResponseEntity<JsonNode> response = http.withBasicAuth(STAFF_USER, STAFF_PASSWORD)
                .postForEntity("/api/export/rebuild", null, JsonNode.class);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        // article pages and lists are written on different threads in a rebuild: each file byte for
        // byte what the site answers for its address
        for (String path : List.of(pathOf(published), "/", "/categories/throat-care", "/tags/gargling",
                "/tags/sore-throat", "/authors/wanda")) {
            Path file = StaticExport.fileFor(EXPORT, path);
            assertThat(read(file)).as(path).isNotEmpty().isEqualTo(http.getForObject(path, String.class));
        }
    }

    @Test
    void exportSaysWhenItHasCaughtUpWithThePublications() {
        String articleId = newArticleId();
        sendReview(approved(articleId, "Does honey soothe a sore throat?", "Immune Health", List.of("honey")));
        ArticlePublished published = awaitPublished(articleId, 1);

        Path page = EXPORT.resolve("articles").resolve(published.slug()).resolve("index.html");
        await().atMost(Duration.ofSeconds(10)).until(() -> Files.exists(page) && http.withBasicAuth(STAFF_USER,
                STAFF_PASSWORD).getForObject("/api/export", JsonNode.class).get("caughtUp").asBoolean());

        assertThat(read(EXPORT.resolve("index.html"))).contains(published.title());
        assertThat(read(EXPORT.resolve("tags/honey/index.html"))).contains(published.title());
        JsonNode status = http.withBasicAuth(STAFF_USER, STAFF_PASSWORD).getForObject("/api/export", JsonNode.class);
        assertThat(status.get("pendingPages").asInt()).isZero();
        assertThat(status.get("pendingLists").asInt()).isZero();
    }

    @Test
    void onlyEditorsMayRebuild() {
        assertThat(http.postForEntity("/api/export/rebuild", null, String.class).getStatusCode())
                .isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(http.withBasicAuth("wanda", "wanda-test-password")
                .postForEntity("/api/export/rebuild", null, String.class).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "";
        }
    }
}
