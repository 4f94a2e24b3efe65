package org.healthjournal.pipeline.publisher.publishing;

import org.healthjournal.pipeline.publisher.articles.SiteSlugs;

import java.util.Optional;
import java.util.function.Predicate;

/**
 * Gives each article one slug for life: a page's address must not move when a new version
 * changes the title, and two articles with the same title must not share an address.
 */
class SlugAllocator {

    private final Predicate<String> taken;

    /** @param taken whether a live, retracted or scheduled page already has the slug */
    SlugAllocator(Predicate<String> taken) {
        this.taken = taken;
    }

    String slugFor(Optional<String> currentSlug, String title) {
        return currentSlug.orElseGet(() -> freeSlug(SiteSlugs.of(title)));
    }

    private String freeSlug(String base) {
        String candidate = base;
        for (int n = 2; taken.test(candidate); n++) {
            candidate = base + "-" + n;
        }
        return candidate;
    }
}
