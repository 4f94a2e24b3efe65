package org.healthjournal.pipeline.publisher.articles;

import java.util.List;

/**
 * One page of a list of articles.
 *
 * @param number 1-based, as readers count pages
 * @param total  how many articles the whole list has
 */
public record ArticlePage(List<PublishedArticle> articles, int number, int size, long total) {

    public ArticlePage {
        articles = List.copyOf(articles);
    }

    public int totalPages() {
        return (int) Math.max(1, (total + size - 1) / size);
    }

    public boolean hasPrevious() {
        return number > 1;
    }

    public boolean hasNext() {
        return number < totalPages();
    }

    public boolean isEmpty() {
        return articles.isEmpty();
    }
}
