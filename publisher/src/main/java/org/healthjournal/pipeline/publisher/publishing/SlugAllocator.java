package org.healthjournal.pipeline.publisher.publishing;

import org.healthjournal.pipeline.publisher.articles.SiteSlugs;
import org.healthjournal.pipeline.publisher.articles.ArticleStore;

import java.util.Optional;

/**
 * Gives each article one slug for life: a page's address must not move when a new version
 * changes the title, and two articles with the same title must not share an address.
 */
class SlugAllocator {

    private final ArticleStore store;

    SlugAllocator(ArticleStore store) {
        this.store = store;
    }

    String slugFor(Optional<String> currentSlug, String title) {
        return currentSlug.orElseGet(() -> freeSlug(SiteSlugs.of(title)));
    }

    private String freeSlug(String base) {
        String candidate = base;
        for (int n = 2; store.slugTaken(candidate); n++) {
            candidate = base + "-" + n;
        }
        return candidate;
    }
}
