package org.healthjournal.pipeline.notifier.feeds;

import org.healthjournal.pipeline.events.ArticlePublished;
import org.healthjournal.pipeline.notifier.DbTime;
import org.healthjournal.pipeline.notifier.subscriptions.Categories;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.util.List;
import java.util.Optional;

/** The {@code feed_entry} table: one row per article, holding its latest published version. */
@Repository
public class FeedEntries {

    private static final RowMapper<FeedEntry> ROW = (row, n) -> new FeedEntry(
            row.getString("article_id"),
            row.getInt("article_version"),
            row.getString("title"),
            row.getString("dek"),
            row.getString("url"),
            row.getString("category"),
            row.getString("author"),
            DbTime.read(row, "published_at"),
            DbTime.read(row, "updated_at"));

    private final JdbcClient jdbc;

    public FeedEntries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Adds the article, or updates it to this version. A version older than the stored one is
     * ignored; the first publication date is kept, so a correction does not jump to the top.
     */
    public void record(ArticlePublished article) {
        Optional<Integer> stored = jdbc.sql("select article_version from feed_entry where article_id = ?")
                .param(article.articleId())
                .query(Integer.class)
                .optional();
        if (stored.isEmpty()) {
            jdbc.sql("insert into feed_entry (article_id, article_version, title, dek, url, category, author,"
                            + " published_at, updated_at, category_slug) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                    .params(article.articleId(), article.articleVersion(), article.title(), article.dek(),
                            article.url(), article.category(), article.author(), DbTime.of(article.publishedAt()),
                            DbTime.of(article.publishedAt()), Categories.slug(article.category()))
                    .update();
        } else if (article.articleVersion() >= stored.get()) {
            jdbc.sql("update feed_entry set article_version = ?, title = ?, dek = ?, url = ?, category = ?,"
                            + " author = ?, updated_at = ?, category_slug = ? where article_id = ?")
                    .params(article.articleVersion(), article.title(), article.dek(), article.url(),
                            article.category(), article.author(), DbTime.of(article.publishedAt()),
                            Categories.slug(article.category()), article.articleId())
                    .update();
        }
    }

    public List<FeedEntry> newest(int limit) {
        return jdbc.sql("select * from feed_entry order by published_at desc, article_id limit ?")
                .param(limit)
                .query(ROW)
                .list();
    }

    /** The newest articles of one category (by slug), newest first. */
    public List<FeedEntry> newestInCategory(String categorySlug, int limit) {
        return jdbc.sql("select * from feed_entry where category_slug = ? order by published_at desc, article_id"
                        + " limit ?")
                .params(categorySlug, limit)
                .query(ROW)
                .list();
    }

    /** The categories of published articles, for readers to choose from. */
    public List<String> categories(int limit) {
        return jdbc.sql("select distinct category from feed_entry where category is not null order by category limit ?")
                .param(limit)
                .query(String.class)
                .list();
    }

    public Optional<FeedEntry> find(String articleId) {
        return jdbc.sql("select * from feed_entry where article_id = ?").param(articleId).query(ROW).optional();
    }
}
