package org.healthjournal.pipeline.notifier.feeds;

import org.healthjournal.pipeline.events.ArticlePublished;
import org.healthjournal.pipeline.events.ArticleUpdated;
import org.healthjournal.pipeline.notifier.DbTime;
import org.healthjournal.pipeline.notifier.subscriptions.Categories;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The {@code feed_entry} table: one row per article, holding its latest published version; retracted ones are not listed. */
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
    private final RenderedFeeds rendered;

    FeedEntries(JdbcClient jdbc, RenderedFeeds rendered) {
        this.jdbc = jdbc;
        this.rendered = rendered;
    }

    /**
     * Adds the article, or updates it to this version. A version older than the stored one is
     * ignored; the first publication date is kept, so a correction does not jump to the top.
     */
    public void record(ArticlePublished article) {
        write(article.articleId(), article.articleVersion(), article.title(), article.dek(), article.url(),
                article.category(), article.author(), article.publishedAt(), article.publishedAt());
    }

    /**
     * Updates the article's item (title, dek, link, category, updated date) to this version, or adds
     * it if its publication was never seen here. Older versions are ignored.
     */
    public void update(ArticleUpdated article) {
        write(article.articleId(), article.articleVersion(), article.title(), article.dek(), article.url(),
                article.category(), article.author(), article.publishedAt(), article.updatedAt());
    }

    /**
     * Takes the article out of every feed. Its row stays as a tombstone, so a redelivered
     * publication of this or an older version does not bring it back.
     *
     * @return whether the article was listed until now
     */
    public boolean retract(String articleId, int articleVersion, Instant retractedAt) {
        boolean wasListed = jdbc.sql("update feed_entry set retracted_at = ?, retracted_version = ? where article_id = ?"
                        + " and retracted_at is null")
                .params(DbTime.of(retractedAt), articleVersion, articleId)
                .update() > 0;
        rendered.changed();
        return wasListed;
    }

    private void write(String articleId, int version, String title, String dek, String url, String category,
            String author, Instant publishedAt, Instant updatedAt) {
        Optional<Integer> stored = jdbc.sql("select article_version from feed_entry where article_id = ?")
                .param(articleId)
                .query(Integer.class)
                .optional();
        if (stored.isEmpty()) {
            jdbc.sql("insert into feed_entry (article_id, article_version, title, dek, url, category, author,"
                            + " published_at, updated_at, category_slug) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                    .params(articleId, version, title, dek, url, category, author, DbTime.of(publishedAt),
                            DbTime.of(updatedAt), Categories.slug(category))
                    .update();
        } else if (version >= stored.get()) {
            // a version newer than the retracted one is the page back on the site: listed again
            jdbc.sql("update feed_entry set article_version = ?, title = ?, dek = ?, url = ?, category = ?,"
                            + " author = ?, updated_at = ?, category_slug = ?,"
                            + " retracted_at = case when retracted_version < ? then null else retracted_at end,"
                            + " retracted_version = case when retracted_version < ? then null else retracted_version end"
                            + " where article_id = ?")
                    .params(version, title, dek, url, category, author, DbTime.of(updatedAt),
                            Categories.slug(category), version, version, articleId)
                    .update();
        }
        rendered.changed();
    }

    /**
     * When the feed last changed: the newest update of a listed article or retraction of one (of
     * the category, by slug, or of all when null). Epoch when nothing was ever published.
     */
    public Instant lastChange(String categorySlug) {
        String scope = categorySlug == null ? "" : " where category_slug = :slug";
        Instant updated = jdbc.sql("select max(updated_at) as t from feed_entry" + scope)
                .params(categorySlug == null ? java.util.Map.of() : java.util.Map.of("slug", categorySlug))
                .query((row, n) -> DbTime.read(row, "t")).optional().orElse(null);
        Instant retracted = jdbc.sql("select max(retracted_at) as t from feed_entry" + scope)
                .params(categorySlug == null ? java.util.Map.of() : java.util.Map.of("slug", categorySlug))
                .query((row, n) -> DbTime.read(row, "t")).optional().orElse(null);
        Instant last = Instant.EPOCH;
        for (Instant candidate : new Instant[]{updated, retracted}) {
            if (candidate != null && candidate.isAfter(last)) {
                last = candidate;
            }
        }
        return last;
    }

    public List<FeedEntry> newest(int limit) {
        return jdbc.sql("select * from feed_entry where retracted_at is null order by published_at desc, article_id limit ?")
                .param(limit)
                .query(ROW)
                .list();
    }

    /** The newest articles of one category (by slug), newest first. */
    public List<FeedEntry> newestInCategory(String categorySlug, int limit) {
        return jdbc.sql("select * from feed_entry where category_slug = ? and retracted_at is null order by published_at desc, article_id"
                        + " limit ?")
                .params(categorySlug, limit)
                .query(ROW)
                .list();
    }

    /** The name of the category with this slug, if anything was ever published in it (retracted or not). */
    public Optional<String> categoryName(String categorySlug) {
        return jdbc.sql("select category from feed_entry where category_slug = ? order by published_at desc limit 1")
                .param(categorySlug)
                .query(String.class)
                .optional();
    }

    /** The categories of published articles, for readers to choose from. */
    public List<String> categories(int limit) {
        return jdbc.sql("select distinct category from feed_entry where category is not null and retracted_at is null order by category limit ?")
                .param(limit)
                .query(String.class)
                .list();
    }

    public Optional<FeedEntry> find(String articleId) {
        return jdbc.sql("select * from feed_entry where article_id = ?").param(articleId).query(ROW).optional();
    }
}
