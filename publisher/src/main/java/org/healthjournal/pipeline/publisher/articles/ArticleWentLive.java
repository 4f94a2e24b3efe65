package org.healthjournal.pipeline.publisher.articles;

/**
 * A version of an article was stored as live. Published inside the publishing transaction;
 * listeners that touch anything outside the database (the search index, the static export)
 * listen after the commit, so a rolled-back publication leaves no trace there.
 *
 * @param previous the version it replaced, or null for a first version: an update may have left a
 *                 category, tag or author whose lists then need writing too
 */
public record ArticleWentLive(PublishedArticle article, PublishedArticle previous) {

    public ArticleWentLive(PublishedArticle article) {
        this(article, null);
    }
}
