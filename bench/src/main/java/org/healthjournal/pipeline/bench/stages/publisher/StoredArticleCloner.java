package org.healthjournal.pipeline.bench.stages.publisher;

import org.healthjournal.pipeline.faults.stack.ServiceDatabases;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Fills publisher's store for the full-rebuild row without publishing thousands of articles one by
 * one (each publication rewrites every page of the lists it is on, so filling 5,000 pages through
 * the pipeline takes far longer than the bench may run): copies of an article the pipeline stored,
 * row for row (the stored, sanitised HTML, its tags), each under a new id, slug and title. The
 * rebuild then renders them from the store like any other article.
 */
final class StoredArticleCloner {

    private static final int BATCH = 500;
    private static final String COPY_SLUG = "bench-copy-";

    private StoredArticleCloner() {
    }

    /** Inserts {@code copies} copies of the stored article {@code articleId}. */
    static void cloneArticle(ServiceDatabases.Database publisher, String articleId, int copies) throws SQLException {
        try (Connection connection = DriverManager.getConnection(publisher.url(), publisher.username(),
                publisher.password())) {
            connection.setAutoCommit(false);
            List<String> columns = otherColumns(connection);
            String copied = String.join(", ", columns);
            try (PreparedStatement article = connection.prepareStatement(
                    "insert into article (article_id, slug, title, " + copied + ") select ?, ?, title || ?, " + copied
                            + " from article where article_id = ?");
                 PreparedStatement tags = connection.prepareStatement(
                         "insert into article_tag (article_id, slug, name) select ?, slug, name from article_tag"
                                 + " where article_id = ?")) {
                for (int i = 1; i <= copies; i++) {
                    String id = UUID.randomUUID().toString();
                    article.setString(1, id);
                    article.setString(2, COPY_SLUG + id);
                    article.setString(3, " (copy " + i + ")");
                    article.setString(4, articleId);
                    article.addBatch();
                    tags.setString(1, id);
                    tags.setString(2, articleId);
                    tags.addBatch();
                    if (i % BATCH == 0) {
                        article.executeBatch();
                        tags.executeBatch();
                    }
                }
                article.executeBatch();
                tags.executeBatch();
            }
            connection.commit();
        }
    }

    /**
     * Deletes every copy again, so that the stages after this one work with the store the pipeline
     * built (each later publication would otherwise rewrite thousands of list pages). Their files in
     * the static export stay until the next rebuild.
     *
     * @return how many copies were deleted
     */
    static int removeCopies(ServiceDatabases.Database publisher) throws SQLException {
        try (Connection connection = DriverManager.getConnection(publisher.url(), publisher.username(),
                publisher.password())) {
            connection.setAutoCommit(false);
            try (PreparedStatement tags = connection.prepareStatement("delete from article_tag where article_id in"
                    + " (select article_id from article where slug like '" + COPY_SLUG + "%')");
                 PreparedStatement articles = connection.prepareStatement(
                         "delete from article where slug like '" + COPY_SLUG + "%'")) {
                tags.executeUpdate();
                int deleted = articles.executeUpdate();
                connection.commit();
                return deleted;
            }
        }
    }

    /** The article table's columns other than the three a copy changes. */
    private static List<String> otherColumns(Connection connection) throws SQLException {
        List<String> columns = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement("select column_name from information_schema.columns"
                + " where table_name = 'article' and table_schema = current_schema() order by ordinal_position");
             ResultSet rows = query.executeQuery()) {
            while (rows.next()) {
                String column = rows.getString(1);
                if (!List.of("article_id", "slug", "title").contains(column)) {
                    columns.add(column);
                }
            }
        }
        if (columns.isEmpty()) {
            throw new SQLException("publisher's database has no article table");
        }
        return columns;
    }
}
