package org.healthjournal.pipeline.publisher.sitemap;

import org.healthjournal.pipeline.events.ArticlePublished;
import org.healthjournal.pipeline.publisher.PublisherIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.healthjournal.pipeline.publisher.Approvals.approved;
import static org.healthjournal.pipeline.publisher.Approvals.newArticleId;

class SitemapIT extends PublisherIntegrationTest {

    @Test
    void sitemapListsEveryPublicPageWithItsLastChange() {
        String articleId = newArticleId();
        sendReview(approved(articleId, "Is a fever good for you?", "Immune Health", List.of("Fever")));
        ArticlePublished published = awaitPublished(articleId, 1);

        ResponseEntity<String> sitemap = http.getForEntity("/sitemap.xml", String.class);

        assertThat(sitemap.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(sitemap.getHeaders().getContentType().toString()).startsWith("application/xml");
        assertThat(sitemap.getBody())
                .startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>")
                .contains("<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">")
                .contains("<url><loc>" + BASE_URL + "/</loc>")
                .contains("<url><loc>" + published.url() + "</loc><lastmod>")
                .contains("<loc>" + BASE_URL + "/categories/immune-health</loc>")
                .contains("<loc>" + BASE_URL + "/tags/fever</loc>")
                .contains("<loc>" + BASE_URL + "/authors/wanda</loc>");
    }

    @Test
    void robotsPointCrawlersAtTheSitemapAndAwayFromTheApi() {
        ResponseEntity<String> robots = http.getForEntity("/robots.txt", String.class);

        assertThat(robots.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(robots.getHeaders().getContentType().toString()).startsWith("text/plain");
        assertThat(robots.getBody()).contains("User-agent: *", "Disallow: /api/",
                "Sitemap: " + BASE_URL + "/sitemap.xml");
    }
}
