package org.healthjournal.pipeline.publisher.articles;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import org.healthjournal.pipeline.events.EventCodec;
import org.healthjournal.pipeline.events.Reference;
import org.healthjournal.pipeline.events.ReviewerSignOff;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The published articles, one row per article holding its live version. */
@Repository
public class ArticleStore {

    private static final ObjectMapper JSON = EventCodec.mapper();
    private static final TypeReference<List<Reference>> REFERENCES = new TypeReference<>() {
    };
    private static final TypeReference<List<String>> TAGS = new TypeReference<>() {
    };
    private static final TypeReference<List<ReviewerSignOff>> REVIEWERS = new TypeReference<>() {
    };
    /** Readers of the JSON columns, their types resolved once rather than for every row. */
    private static final ObjectReader REFERENCES_READER = JSON.readerFor(REFERENCES);
    private static final ObjectReader TAGS_READER = JSON.readerFor(TAGS);
    private static final ObjectReader REVIEWERS_READER = JSON.readerFor(REVIEWERS);
    private static final String COLUMNS = "article_id, version, slug, title, dek, category, tags_json, author, "
            + "reviewer, reviewed_at, body_html, key_takeaway_html, references_json, read_minutes, published_at, "
            + "updated_at, reviewers_json, next_review_due, change_note, status, retraction_reason, retracted_at";
    /**
     * What a list shows of an article, under the same column names: no body, key takeaway or
     * references, which a list page never shows and which make up most of a row.
     */
    private static final String TEASER_COLUMNS = COLUMNS.replace("body_html", "'' as body_html")
            .replace("key_takeaway_html", "'' as key_takeaway_html")
            .replace("references_json", "'[]' as references_json");
    /** Pages readers find in lists, the sitemap and search: not retracted ones. */
    private static final String LISTED = "status = 'PUBLISHED'";
    /** The lists of one topic; each takes the topic's slug as its one parameter. */
    private static final String IN_CATEGORY = LISTED + " and category_slug = ?";
    private static final String BY_AUTHOR = LISTED + " and author_slug = ?";
    private static final String TAGGED_WITH = LISTED
            + " and article_id in (select article_id from article_tag where slug = ?)";

    private final JdbcClient jdbc;
    private final RowMapper<PublishedArticle> rows = this::article;

    public ArticleStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<PublishedArticle> findById(String articleId) {
        return jdbc.sql("select " + COLUMNS + " from article where article_id = ?")
                .param(articleId).query(rows).optional();
    }

    public Optional<PublishedArticle> findBySlug(String slug) {
        return jdbc.sql("select " + COLUMNS + " from article where slug = ?")
                .param(slug).query(rows).optional();
    }

    /** The most recently first-published listed articles, newest first. */
    public List<PublishedArticle> newest(int limit) {
        return jdbc.sql("select " + COLUMNS + " from article where " + LISTED
                        + " order by published_at desc, article_id limit ?")
                .param(limit).query(rows).list();
    }

    /** Every page, retracted ones included, newest first: for the static export's article pages. */
    public List<PublishedArticle> all() {
        return jdbc.sql("select " + COLUMNS + " from article order by published_at desc, article_id")
                .query(rows).list();
    }

    /** Every listed article, newest first: for rebuilding the search index and the sitemap. */
    public List<PublishedArticle> listed() {
        return jdbc.sql("select " + COLUMNS + " from article where " + LISTED
                        + " order by published_at desc, article_id")
                .query(rows).list();
    }

    /** A page (1-based) of all listed articles, newest first. */
    public ArticlePage newest(int page, int size) {
        return page(LISTED, List.of(), page, size);
    }

    /** A page (1-based) of every stored page, retracted ones included, newest first: for staff. */
    public ArticlePage everything(int page, int size) {
        return page("1 = 1", List.of(), page, size);
    }

    public ArticlePage inCategory(String categorySlug, int page, int size) {
        return page(IN_CATEGORY, List.of(categorySlug), page, size);
    }

    public ArticlePage byAuthor(String authorSlug, int page, int size) {
        return page(BY_AUTHOR, List.of(authorSlug), page, size);
    }

    public ArticlePage taggedWith(String tagSlug, int page, int size) {
        return page(TAGGED_WITH, List.of(tagSlug), page, size);
    }

    /**
     * Whole lists in one query each, newest first, as teasers (no body): for writing every page
     * of a list at once (the static export) and for the sitemap.
     */
    public List<PublishedArticle> listedTeasers() {
        return teasers(LISTED, List.of());
    }

    public List<PublishedArticle> teasersInCategory(String categorySlug) {
        return teasers(IN_CATEGORY, List.of(categorySlug));
    }

    public List<PublishedArticle> teasersByAuthor(String authorSlug) {
        return teasers(BY_AUTHOR, List.of(authorSlug));
    }

    public List<PublishedArticle> teasersTaggedWith(String tagSlug) {
        return teasers(TAGGED_WITH, List.of(tagSlug));
    }

    /**
     * The ids of a whole list's articles, in the same order as its teasers ({@link #listedTeasers}
     * and the others): for a rebuild that already read every article ({@link #all}), so that each
     * list costs one narrow query instead of reading and decoding its articles once more.
     */
    public List<String> listedIds() {
        return ids(LISTED, List.of());
    }

    public List<String> idsInCategory(String categorySlug) {
        return ids(IN_CATEGORY, List.of(categorySlug));
    }

    public List<String> idsByAuthor(String authorSlug) {
        return ids(BY_AUTHOR, List.of(authorSlug));
    }

    public List<String> idsTaggedWith(String tagSlug) {
        return ids(TAGGED_WITH, List.of(tagSlug));
    }

    private List<String> ids(String where, List<Object> params) {
        return jdbc.sql("select article_id from article where " + where + " order by published_at desc, article_id")
                .params(params).query(String.class).list();
    }

    private List<PublishedArticle> teasers(String where, List<Object> params) {
        return jdbc.sql("select " + TEASER_COLUMNS + " from article where " + where
                        + " order by published_at desc, article_id")
                .params(params).query(rows).list();
    }

    /** The category's name as the newest article spells it. */
    public Optional<String> categoryName(String categorySlug) {
        return jdbc.sql("select category from article where category_slug = ? and " + LISTED + " order by updated_at desc limit 1")
                .param(categorySlug).query(String.class).optional();
    }

    public Optional<String> tagName(String tagSlug) {
        return jdbc.sql("select t.name from article_tag t join article a on a.article_id = t.article_id "
                        + "where t.slug = ? and a." + LISTED + " order by a.updated_at desc limit 1")
                .param(tagSlug).query(String.class).optional();
    }

    /** The staff user name of the author whose page has this slug. */
    public Optional<String> authorName(String authorSlug) {
        return jdbc.sql("select author from article where author_slug = ? and " + LISTED + " order by updated_at desc limit 1")
                .param(authorSlug).query(String.class).optional();
    }

    public List<Topic> categories() {
        return topics("select category_slug, max(updated_at) from article where category_slug is not null and " + LISTED + " "
                + "group by category_slug order by category_slug");
    }

    public List<Topic> authors() {
        return topics("select author_slug, max(updated_at) from article where author_slug is not null and " + LISTED + " "
                + "group by author_slug order by author_slug");
    }

    public List<Topic> tags() {
        return topics("select t.slug, max(a.updated_at) from article_tag t join article a on a.article_id = "
                + "t.article_id where a." + LISTED + " group by t.slug order by t.slug");
    }

    private List<Topic> topics(String sql) {
        return jdbc.sql(sql).query((rs, row) -> new Topic(rs.getString(1),
                rs.getObject(2, OffsetDateTime.class).toInstant())).list();
    }

    private ArticlePage page(String where, List<Object> params, int page, int size) {
        long total = jdbc.sql("select count(*) from article where " + where).params(params)
                .query(Long.class).single();
        List<Object> paged = new java.util.ArrayList<>(params);
        paged.add(size);
        paged.add((long) (page - 1) * size);
        List<PublishedArticle> articles = jdbc.sql("select " + COLUMNS + " from article where " + where
                        + " order by published_at desc, article_id limit ? offset ?")
                .params(paged).query(rows).list();
        return new ArticlePage(articles, page, size, total);
    }

    public boolean slugTaken(String slug) {
        return jdbc.sql("select count(*) from article where slug = ?")
                .param(slug).query(Integer.class).single() > 0;
    }

    /** Stores a new article, or replaces the live version of an existing one. */
    public void save(PublishedArticle article) {
        int updated = bind(jdbc.sql("""
                update article set version = :version, slug = :slug, title = :title, dek = :dek,
                    category = :category, tags_json = :tags, author = :author, reviewer = :reviewer,
                    reviewed_at = :reviewedAt, body_html = :bodyHtml, key_takeaway_html = :keyTakeawayHtml,
                    references_json = :references, read_minutes = :readMinutes,
                    published_at = :publishedAt, updated_at = :updatedAt,
                    category_slug = :categorySlug, author_slug = :authorSlug,
                    reviewers_json = :reviewers, next_review_due = :nextReviewDue, change_note = :changeNote,
                    status = :status, retraction_reason = :retractionReason, retracted_at = :retractedAt
                where article_id = :articleId"""), article).update();
        if (updated == 0) {
            insertNew(article);
            return;
        }
        jdbc.sql("delete from article_tag where article_id = ?").param(article.articleId()).update();
        insertTags(article);
    }

    /**
     * Stores an article the store does not hold yet (its first version going live): the insert
     * alone, without {@link #save}'s update attempt and tag clean-up. A second insert of the same
     * article fails on its primary key, and its transaction with it.
     */
    public void insertNew(PublishedArticle article) {
        bind(jdbc.sql("insert into article (" + COLUMNS + ", category_slug, author_slug) values (:articleId, "
                + ":version, :slug, :title, :dek, :category, :tags, :author, :reviewer, :reviewedAt, :bodyHtml, "
                + ":keyTakeawayHtml, :references, :readMinutes, :publishedAt, :updatedAt, :reviewers, "
                + ":nextReviewDue, :changeNote, :status, :retractionReason, :retractedAt, :categorySlug, "
                + ":authorSlug)"), article).update();
        insertTags(article);
    }

    /** Every tag in one statement: one round trip however many tags. */
    private void insertTags(PublishedArticle article) {
        Map<String, String> tags = article.tagsBySlug();
        if (tags.isEmpty()) {
            return;
        }
        List<Object> params = new ArrayList<>();
        tags.forEach((slug, name) -> {
            params.add(article.articleId());
            params.add(slug);
            params.add(name);
        });
        jdbc.sql("insert into article_tag (article_id, slug, name) values "
                        + String.join(", ", Collections.nCopies(tags.size(), "(?, ?, ?)")))
                .params(params).update();
    }

    private static JdbcClient.StatementSpec bind(JdbcClient.StatementSpec statement, PublishedArticle article) {
        return statement
                .param("articleId", article.articleId())
                .param("version", article.version())
                .param("slug", article.slug())
                .param("title", article.title())
                .param("dek", article.dek(), Types.VARCHAR)
                .param("category", article.category(), Types.VARCHAR)
                .param("tags", json(article.tags()))
                .param("author", article.author(), Types.VARCHAR)
                .param("reviewer", article.reviewer())
                .param("reviewedAt", utc(article.reviewedAt()))
                .param("bodyHtml", article.bodyHtml())
                .param("keyTakeawayHtml", article.keyTakeawayHtml())
                .param("references", json(article.references()))
                .param("readMinutes", article.readMinutes())
                .param("publishedAt", utc(article.publishedAt()))
                .param("updatedAt", utc(article.updatedAt()))
                .param("categorySlug", article.categorySlug(), Types.VARCHAR)
                .param("authorSlug", article.authorSlug(), Types.VARCHAR)
                .param("reviewers", json(article.reviewers()))
                .param("nextReviewDue", utcOrNull(article.nextReviewDue()), Types.TIMESTAMP_WITH_TIMEZONE)
                .param("changeNote", article.changeNote(), Types.VARCHAR)
                .param("status", article.status().name())
                .param("retractionReason", article.retractionReason(), Types.VARCHAR)
                .param("retractedAt", utcOrNull(article.retractedAt()), Types.TIMESTAMP_WITH_TIMEZONE);
    }

    private PublishedArticle article(ResultSet rs, int row) throws SQLException {
        return new PublishedArticle(
                rs.getString("article_id"),
                rs.getInt("version"),
                rs.getString("slug"),
                rs.getString("title"),
                rs.getString("dek"),
                rs.getString("category"),
                read(rs.getString("tags_json"), TAGS_READER),
                rs.getString("author"),
                rs.getString("reviewer"),
                instant(rs, "reviewed_at"),
                rs.getString("body_html"),
                rs.getString("key_takeaway_html"),
                read(rs.getString("references_json"), REFERENCES_READER),
                rs.getInt("read_minutes"),
                instant(rs, "published_at"),
                instant(rs, "updated_at"),
                read(rs.getString("reviewers_json"), REVIEWERS_READER),
                instantOrNull(rs, "next_review_due"),
                rs.getString("change_note"),
                PageStatus.valueOf(rs.getString("status")),
                rs.getString("retraction_reason"),
                instantOrNull(rs, "retracted_at"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        return rs.getObject(column, OffsetDateTime.class).toInstant();
    }

    private static Instant instantOrNull(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    private static OffsetDateTime utcOrNull(Instant instant) {
        return instant == null ? null : utc(instant);
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    private static String json(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot store " + value, e);
        }
    }

    private static <T> T read(String json, ObjectReader type) throws SQLException {
        try {
            return type.readValue(json);
        } catch (JsonProcessingException e) {
            throw new SQLException("unreadable JSON column: " + e.getOriginalMessage(), e);
        }
    }
}
