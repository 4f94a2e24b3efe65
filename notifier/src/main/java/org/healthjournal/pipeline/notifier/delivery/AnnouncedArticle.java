package org.healthjournal.pipeline.notifier.delivery;

import org.healthjournal.pipeline.events.ArticlePublished;

/** What an announcement mail says about the article, as it was when the announcement started. */
public record AnnouncedArticle(String articleId, String title, String dek, String url, String category) {

    public static AnnouncedArticle of(ArticlePublished article) {
        return new AnnouncedArticle(article.articleId(), article.title(), article.dek(), article.url(),
                article.category());
    }
}
