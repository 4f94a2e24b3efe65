package org.healthjournal.pipeline.publisher.site;

import org.healthjournal.pipeline.events.ArticlePublished;
import org.healthjournal.pipeline.publisher.PublisherIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.healthjournal.pipeline.publisher.Approvals.approved;
import static org.healthjournal.pipeline.publisher.Approvals.newArticleId;

/** The lists readers browse: the index, categories, tags and authors, three to a page in tests. */
class SiteListsIT extends PublisherIntegrationTest {

    @Test
    void categoryPageHasItsArticlesNewestFirstInPagesOfThree() {
        String unique = UUID.randomUUID().toString().substring(0, 8);
        List<String> titles = new ArrayList<>();
        for (int n = 1; n <= 4; n++) {
            String title = "Sleep and immunity, part " + n + " " + unique;
            titles.add(title);
            publish(title, "Sleep Science " + unique, List.of("sleep"));
        }
        String category = "/categories/sleep-science-" + unique;

        ResponseEntity<String> first = http.getForEntity(category, String.class);
        ResponseEntity<String> second = http.getForEntity(category + "/page/2", String.class);

        assertThat(first.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(first.getBody())
                .contains("<h1>Sleep Science " + unique + "</h1>")
                .contains(titles.get(3), titles.get(2), titles.get(1))
                .doesNotContain(titles.get(0))
                .contains("rel=\"next\" href=\"" + category + "/page/2\"")
                .contains("<link rel=\"canonical\" href=\"" + BASE_URL + category + "\">");
        assertThat(first.getBody().indexOf(titles.get(3))).isLessThan(first.getBody().indexOf(titles.get(2)));
        assertThat(second.getBody()).contains(titles.get(0)).doesNotContain(titles.get(3))
                .contains("rel=\"prev\" href=\"" + category + "\"")
                .contains("Page 2 of 2");
        assertThat(http.getForEntity(category + "/page/3", String.class).getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
    }

    @Test
    void categorySlugComesFromItsName() {
        ArticlePublished published = publish("Can gut bacteria train immune cells?", "Immune Health", List.of());

        String page = http.getForObject("/categories/immune-health", String.class);
        String article = http.getForObject(pathOf(published), String.class);

        assertThat(page).contains("<h1>Immune Health</h1>").contains("Can gut bacteria train immune cells?");
        assertThat(article).contains("href=\"/categories/immune-health\"");
    }

    @Test
    void tagPageListsTheArticlesWithThatTagWhateverItsCase() {
        String unique = UUID.randomUUID().toString().substring(0, 8);
        publish("Does zinc lozenge timing matter? " + unique, "Immune Health", List.of("Zinc " + unique, "colds"));
        publish("Zinc and the common cold " + unique, "Nutrition", List.of("zinc " + unique));

        ResponseEntity<String> page = http.getForEntity("/tags/zinc-" + unique, String.class);

        assertThat(page.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(page.getBody()).contains("Topic: ")
                .contains("Does zinc lozenge timing matter? " + unique, "Zinc and the common cold " + unique);
    }

    @Test
    void authorPageShowsTheirProfileAndTheirArticles() {
        ArticlePublished published = publish("How much vitamin C is too much?", "Nutrition", List.of());

        ResponseEntity<String> page = http.getForEntity("/authors/wanda", String.class);
        String article = http.getForObject(pathOf(published), String.class);

        assertThat(page.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(page.getBody()).contains("<h1>Wanda Osei</h1>").contains("health writer")
                .contains("How much vitamin C is too much?");
        assertThat(article).contains("By <a class=\"author\" rel=\"author\" href=\"/authors/wanda\">Wanda Osei</a>")
                .contains(", health writer");
    }

    @Test
    void indexIsNewestFirstAndPaged() {
        ArticlePublished older = publish("Is elderberry syrup worth it?", "Immune Health", List.of());
        ArticlePublished newer = publish("Does stress weaken immunity?", "Immune Health", List.of());
        publish("Can exercise prevent colds?", "Immune Health", List.of());
        publish("What is herd immunity?", "Immune Health", List.of());

        String first = http.getForObject("/", String.class);
        String second = http.getForObject("/page/2", String.class);

        assertThat(first).contains("<h1>Latest articles</h1>").contains("What is herd immunity?")
                .doesNotContain(older.title()).contains("rel=\"next\" href=\"/page/2\"");
        assertThat(second).contains(older.title()).contains("rel=\"prev\" href=\"/\"");
        assertThat(first.indexOf("What is herd immunity?")).isLessThan(first.indexOf(newer.title()));
    }

    private ArticlePublished publish(String title, String category, List<String> tags) {
        String articleId = newArticleId();
        sendReview(approved(articleId, title, category, tags));
        return awaitPublished(articleId, 1);
    }
}
