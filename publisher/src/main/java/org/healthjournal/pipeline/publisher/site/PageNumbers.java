package org.healthjournal.pipeline.publisher.site;

import java.util.OptionalInt;

/** Reads the {@code ?page=} of a list: 1-based, absent means the first page, nonsense means no such page. */
final class PageNumbers {

    private PageNumbers() {
    }

    static OptionalInt parse(String page) {
        if (page == null || page.isBlank()) {
            return OptionalInt.of(1);
        }
        if (!page.matches("[1-9][0-9]{0,5}")) {
            return OptionalInt.empty();
        }
        return OptionalInt.of(Integer.parseInt(page));
    }
}
