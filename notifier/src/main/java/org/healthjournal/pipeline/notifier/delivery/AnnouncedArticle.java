package org.healthjournal.pipeline.notifier.delivery;

import org.healthjournal.pipeline.events.ArticlePublished;

/**
 * What an announcement mail says about the article, as it was when the announcement started.
 *
 * @param reviewer the medical reviewer's name, if the article names one
 */
public record AnnouncedArticle(String articleId, String title, String dek, String url, String category,
        String reviewer) {

    public static AnnouncedArticle of(ArticlePublished article) {
        return new AnnouncedArticle(article.articleId(), article.title(), article.dek(), article.url(),
                article.category(), blankToNull(article.reviewer()));
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }
}
