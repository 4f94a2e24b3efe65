package org.healthjournal.pipeline.publisher.site;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PageLinksTest {

    private final PageLinks links = PageLinks.INSTANCE;

    @Test
    void firstPageHasNoNumber() {
        assertThat(links.href("/", 1)).isEqualTo("/");
        assertThat(links.href("/categories/immune-health", 1)).isEqualTo("/categories/immune-health");
        assertThat(links.href("/search?q=honey", 1)).isEqualTo("/search?q=honey");
    }

    @Test
    void listsPageByPathSoThatEveryPageCanBeAFile() {
        assertThat(links.href("/", 2)).isEqualTo("/page/2");
        assertThat(links.href("/tags/honey", 3)).isEqualTo("/tags/honey/page/3");
    }

    @Test
    void searchResultsPageByQuery() {
        assertThat(links.href("/search?q=sore+throat", 2)).isEqualTo("/search?q=sore+throat&page=2");
    }
}
