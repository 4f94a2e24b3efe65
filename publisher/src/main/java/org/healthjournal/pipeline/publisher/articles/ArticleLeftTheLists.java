package org.healthjournal.pipeline.publisher.articles;

/**
 * A page was retracted: it keeps its address but leaves every list, the sitemap and search.
 * Published inside the transaction; listeners outside the database act after the commit.
 */
public record ArticleLeftTheLists(PublishedArticle article) {
}
