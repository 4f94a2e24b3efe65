package org.healthjournal.pipeline.publisher.api;

import java.util.List;

/**
 * One page of the published articles, newest first.
 *
 * @param page 0-based, as API clients count
 */
public record ArticleList(List<ArticleSummary> items, int page, int size, long totalItems, int totalPages) {
}
