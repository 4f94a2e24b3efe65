package org.healthjournal.pipeline.publisher.search;

import java.util.List;

/**
 * A page of results, best match first.
 *
 * @param page 1-based
 */
public record SearchResults(String query, List<SearchHit> hits, int page, int size, long total) {

    public SearchResults {
        hits = List.copyOf(hits);
    }

    public static SearchResults none(String query, int size) {
        return new SearchResults(query, List.of(), 1, size, 0);
    }

    public int totalPages() {
        return (int) Math.max(1, (total + size - 1) / size);
    }

    public int number() {
        return page;
    }

    public boolean hasPrevious() {
        return page > 1;
    }

    public boolean hasNext() {
        return page < totalPages();
    }

    public boolean isEmpty() {
        return hits.isEmpty();
    }
}
