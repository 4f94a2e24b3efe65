package org.healthjournal.pipeline.publisher.search;

import org.healthjournal.pipeline.publisher.articles.ArticleStore;
import org.healthjournal.pipeline.publisher.articles.ArticleWentLive;
import org.healthjournal.pipeline.publisher.articles.PublishedArticle;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

class SearchIndexTest {

    private final ArticleStore store = mock(ArticleStore.class);
    private final List<PublishedArticle> stored = new ArrayList<>();
    private final SearchIndex index = newIndex();

    @AfterEach
    void close() throws Exception {
        index.close();
    }

    @Test
    void titleMatchRanksAboveBodyMatch() {
        store(article("a", "Sleep and your immune system", "Rest matters.", "<p>Nothing about sweeteners.</p>"));
        store(article("b", "Honey for a night-time cough", "What trials show.", "<p>Honey soothes.</p>"));
        store(article("c", "Colds in winter", "Why they spread.", "<p>Some take honey in tea.</p>"));
        index.rebuild();

        SearchResults results = index.search("honey", 1, 10);

        assertThat(results.total()).isEqualTo(2);
        assertThat(results.hits()).extracting(SearchHit::slug).containsExactly("b", "c");
    }

    @Test
    void findsWordFormsNotJustTheTypedString() {
        store(article("a", "Can you catch a cold twice?", "Immunity after infection.", "<p>Viruses mutate.</p>"));
        index.rebuild();

        assertThat(index.search("colds", 1, 10).hits()).extracting(SearchHit::slug).containsExactly("a");
        assertThat(index.search("catching", 1, 10).hits()).extracting(SearchHit::slug).containsExactly("a");
    }

    @Test
    void everyWordMustMatch() {
        store(article("a", "Honey and cough", "", "<p>Text.</p>"));
        store(article("b", "Honey and sleep", "", "<p>Text.</p>"));
        index.rebuild();

        assertThat(index.search("honey cough", 1, 10).hits()).extracting(SearchHit::slug).containsExactly("a");
    }

    @Test
    void highlightsMatchesAndEscapesEverythingElse() {
        store(article("x", "Is <script>alert(1)</script> honey safe?", "A dek with <b>tags</b> & honey.",
                "<p>Some say &lt;img src=x onerror=alert(2)&gt; honey helps. Another sentence.</p>"));
        index.rebuild();

        SearchHit hit = index.search("honey", 1, 10).hits().get(0);

        assertThat(hit.titleHtml()).isEqualTo("Is &lt;script&gt;alert(1)&lt;&#x2F;script&gt; <mark>honey</mark> safe?");
        assertThat(hit.snippetHtml()).contains("<mark>honey</mark>").contains("&lt;img src=x onerror=alert(2)&gt;");
        assertThat(withoutMarks(hit.titleHtml() + hit.snippetHtml())).doesNotContain("<", ">");
    }

    @Test
    void publishedVersionReplacesThePreviousOneInTheIndex() {
        index.rebuild();
        index.wentLive(new ArticleWentLive(article("a", "Echinacea for colds", "", "<p>Old.</p>")));
        index.wentLive(new ArticleWentLive(article("a", "What the evidence says about echinacea", "", "<p>New.</p>")));

        assertThat(index.search("echinacea", 1, 10).total()).isEqualTo(1);
        assertThat(index.search("colds", 1, 10).total()).isZero();
        assertThat(index.search("evidence", 1, 10).hits()).extracting(SearchHit::slug).containsExactly("a");
    }

    @Test
    void emptyOrStopWordOnlyQueryFindsNothing() {
        store(article("a", "The flu", "", "<p>The.</p>"));
        index.rebuild();

        assertThat(index.search("  ", 1, 10).isEmpty()).isTrue();
        assertThat(index.search("the", 1, 10).isEmpty()).isTrue();
        assertThat(index.search("\"unbalanced (", 1, 10).isEmpty()).isTrue();
    }

    @Test
    void pagesThroughResults() {
        for (int n = 1; n <= 5; n++) {
            store(article("a" + n, "Vitamin D study " + n, "", "<p>Vitamin D.</p>"));
        }
        index.rebuild();

        SearchResults second = index.search("vitamin", 2, 2);

        assertThat(second.total()).isEqualTo(5);
        assertThat(second.hits()).hasSize(2);
        assertThat(second.totalPages()).isEqualTo(3);
        assertThat(index.search("vitamin", 3, 2).hits()).hasSize(1);
    }

    private SearchIndex newIndex() {
        when(store.listed()).thenReturn(stored);
        try {
            return new SearchIndex(store);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private void store(PublishedArticle article) {
        stored.add(article);
    }

    private static String withoutMarks(String html) {
        return html.replace("<mark>", "").replace("</mark>", "");
    }

    private static PublishedArticle article(String slug, String title, String dek, String bodyHtml) {
        return new PublishedArticle("id-" + slug, 1, slug, title, dek, "Immune Health", List.of(), "wanda",
                "drbob", Instant.parse("2026-11-20T09:30:00Z"), bodyHtml, "", List.of(), 2,
                Instant.parse("2026-11-24T10:00:00Z"), Instant.parse("2026-11-24T10:00:00Z"));
    }
}
