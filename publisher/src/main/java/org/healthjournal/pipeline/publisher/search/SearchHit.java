package org.healthjournal.pipeline.publisher.search;

import java.time.Instant;

/**
 * One result. {@code titleHtml} and {@code snippetHtml} are HTML: the article's text escaped, with
 * the matching words wrapped in {@code <mark>} — the only markup they may contain.
 */
public record SearchHit(String slug, String titleHtml, String snippetHtml, String category, String categorySlug,
                        Instant publishedAt) {
}
