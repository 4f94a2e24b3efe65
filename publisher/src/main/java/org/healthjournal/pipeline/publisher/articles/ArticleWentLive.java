package org.healthjournal.pipeline.publisher.articles;

/**
 * A version of an article was stored as live. Published inside the publishing transaction;
 * listeners that touch anything outside the database (the search index, the static export)
 * listen after the commit, so a rolled-back publication leaves no trace there.
 */
public record ArticleWentLive(PublishedArticle article) {
}
