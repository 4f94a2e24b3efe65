package org.healthjournal.pipeline.ingest.drafts;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.JdbcUtils;
import org.springframework.jdbc.support.MetaDataAccessException;
import org.springframework.stereotype.Repository;

import javax.sql.DataSource;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/**
 * The drafts, their submitted texts and their status history. Callers bring the transaction:
 * a submission and its event, or an event and its idempotency record, commit together.
 */
@Repository
public class DraftStore {

    private static final String DRAFT_COLUMNS = "article_id, version, status, author, correlation_id, title, "
            + "reviewer, reviewer_comments, published_url, submitted_at, updated_at";

    private final JdbcClient jdbc;
    private final boolean oneStatementForNewDrafts;

    /** Portable SQL only: each table of a new draft is written by its own statement. */
    public DraftStore(JdbcClient jdbc) {
        this(jdbc, false);
    }

    /**
     * On PostgreSQL the three inserts of new drafts go to the database as one statement (data-modifying
     * {@code WITH}), so a group of submissions costs one round trip for them instead of three.
     */
    @Autowired
    public DraftStore(JdbcClient jdbc, DataSource dataSource) {
        this(jdbc, isPostgreSql(dataSource));
    }

    DraftStore(JdbcClient jdbc, boolean oneStatementForNewDrafts) {
        this.jdbc = jdbc;
        this.oneStatementForNewDrafts = oneStatementForNewDrafts;
    }

    private static boolean isPostgreSql(DataSource dataSource) {
        try {
            String product = JdbcUtils.extractDatabaseMetaData(dataSource, DatabaseMetaData::getDatabaseProductName);
            return "PostgreSQL".equals(product);
        } catch (MetaDataAccessException e) {
            return false;
        }
    }

    /**
     * New drafts, each with its first text and its first history row: three multi-row inserts rather
     * than three per draft, sent as one statement on PostgreSQL. A group of submissions then costs a
     * round trip or three, whatever its size.
     */
    public void insertNew(List<NewDraft> submitted) {
        if (submitted.isEmpty()) {
            return;
        }
        List<Object> draftParams = new ArrayList<>();
        List<Object> textParams = new ArrayList<>();
        List<Object> historyParams = new ArrayList<>();
        for (NewDraft one : submitted) {
            Draft draft = one.draft();
            draftParams.addAll(Arrays.asList(draft.articleId(), draft.version(), draft.status().name(),
                    draft.author(), draft.correlationId(), draft.title(), draft.reviewer(), draft.reviewerComments(),
                    draft.publishedUrl(), utc(draft.submittedAt()), utc(draft.updatedAt()), utc(draft.updatedAt())));
            textParams.addAll(Arrays.asList(draft.articleId(), draft.version(), one.contentJson(),
                    utc(draft.submittedAt())));
            historyParams.addAll(Arrays.asList(draft.articleId(), draft.version(), draft.status().name(),
                    utc(draft.updatedAt()), draft.author(), null));
        }
        int rows = submitted.size();
        String drafts = "insert into draft (" + DRAFT_COLUMNS + ", status_at) values " + rows(rows, 12);
        String texts = "insert into draft_version (article_id, version, content_json, submitted_at) values "
                + rows(rows, 4);
        String history = "insert into draft_status_history (article_id, version, status, changed_at, changed_by, "
                + "comments) values " + rows(rows, 6);
        if (oneStatementForNewDrafts) {
            // the foreign keys of texts and history are checked at the end of the statement, drafts inserted
            List<Object> params = new ArrayList<>(draftParams);
            params.addAll(textParams);
            params.addAll(historyParams);
            jdbc.sql("with new_draft as (" + drafts + "), new_text as (" + texts + ") " + history)
                    .params(params).update();
            return;
        }
        jdbc.sql(drafts).params(draftParams).update();
        jdbc.sql(texts).params(textParams).update();
        jdbc.sql(history).params(historyParams).update();
    }

    /** A draft as first submitted, with its text as stored JSON. */
    public record NewDraft(Draft draft, String contentJson) {
    }

    /** {@code (?, ?), (?, ?)} for two rows of two columns. */
    private static String rows(int rows, int columns) {
        String row = "(" + String.join(", ", Collections.nCopies(columns, "?")) + ")";
        return String.join(", ", Collections.nCopies(rows, row));
    }

    public void insertText(String articleId, int version, String contentJson, Instant submittedAt) {
        jdbc.sql("insert into draft_version (article_id, version, content_json, submitted_at) values (?, ?, ?, ?)")
                .params(articleId, version, contentJson, utc(submittedAt))
                .update();
    }

    public Optional<String> text(String articleId, int version) {
        return jdbc.sql("select content_json from draft_version where article_id = ? and version = ?")
                .params(articleId, version)
                .query(String.class)
                .optional();
    }

    public void record(String articleId, StatusChange change) {
        jdbc.sql("insert into draft_status_history (article_id, version, status, changed_at, changed_by, comments) "
                        + "values (?, ?, ?, ?, ?, ?)")
                .params(articleId, change.version(), change.status().name(), utc(change.at()), change.by(),
                        change.comments())
                .update();
    }

    public Optional<Draft> find(String articleId) {
        return jdbc.sql("select " + DRAFT_COLUMNS + " from draft where article_id = ?")
                .param(articleId)
                .query(DraftStore::draft)
                .optional();
    }

    /** Oldest first; rows of the same instant in the order they were recorded. */
    public List<StatusChange> history(String articleId) {
        return jdbc.sql("select version, status, changed_at, changed_by, comments from draft_status_history "
                        + "where article_id = ? order by changed_at, id")
                .param(articleId)
                .query((rs, row) -> new StatusChange(rs.getInt("version"), DraftStatus.valueOf(rs.getString("status")),
                        instant(rs, "changed_at"), rs.getString("changed_by"), rs.getString("comments")))
                .list();
    }

    /** Newest first. */
    public List<Draft> byAuthor(String author, int limit) {
        return jdbc.sql("select " + DRAFT_COLUMNS + " from draft where author = ? "
                        + "order by submitted_at desc, article_id limit ?")
                .params(author, limit)
                .query(DraftStore::draft)
                .list();
    }

    /** Newest first. */
    public List<Draft> all(int limit) {
        return jdbc.sql("select " + DRAFT_COLUMNS + " from draft order by submitted_at desc, article_id limit ?")
                .param(limit)
                .query(DraftStore::draft)
                .list();
    }

    /**
     * One page of drafts, newest first.
     *
     * @param author null for every writer's drafts
     * @param status null for every status
     */
    public List<Draft> page(String author, DraftStatus status, int offset, int limit) {
        Filter filter = Filter.of(author, status);
        List<Object> params = new java.util.ArrayList<>(filter.params());
        params.add(limit);
        params.add(offset);
        return jdbc.sql("select " + DRAFT_COLUMNS + " from draft" + filter.where()
                        + " order by submitted_at desc, article_id limit ? offset ?")
                .params(params)
                .query(DraftStore::draft)
                .list();
    }

    /** How many drafts {@link #page} pages through. */
    public long count(String author, DraftStatus status) {
        Filter filter = Filter.of(author, status);
        return jdbc.sql("select count(*) from draft" + filter.where())
                .params(filter.params())
                .query(Long.class)
                .single();
    }

    private record Filter(String where, List<Object> params) {
        static Filter of(String author, DraftStatus status) {
            List<String> conditions = new java.util.ArrayList<>();
            List<Object> params = new java.util.ArrayList<>();
            if (author != null) {
                conditions.add("author = ?");
                params.add(author);
            }
            if (status != null) {
                conditions.add("status = ?");
                params.add(status.name());
            }
            return new Filter(conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions), params);
        }
    }

    /**
     * Moves the draft to {@code revised} if it still is at {@code expectedVersion} and waiting for
     * changes, so two concurrent revisions cannot both win.
     *
     * @return whether the draft was updated
     */
    public boolean revise(Draft revised, int expectedVersion, DraftStatus expectedStatus) {
        return jdbc.sql("update draft set version = ?, status = ?, title = ?, reviewer_comments = ?, updated_at = ?, "
                        + "status_at = ? where article_id = ? and version = ? and status = ?")
                .params(revised.version(), revised.status().name(), revised.title(), revised.reviewerComments(),
                        utc(revised.updatedAt()), utc(revised.updatedAt()), revised.articleId(), expectedVersion,
                        expectedStatus.name())
                .update() == 1;
    }

    /**
     * Stores what the pipeline said about the draft, unless a newer version was submitted meanwhile.
     *
     * @return whether the draft was updated
     */
    public boolean track(Draft tracked, Instant statusAt) {
        return jdbc.sql("update draft set status = ?, reviewer = ?, reviewer_comments = ?, published_url = ?, "
                        + "updated_at = ?, status_at = ? where article_id = ? and version = ?")
                .params(tracked.status().name(), tracked.reviewer(), tracked.reviewerComments(),
                        tracked.publishedUrl(), utc(tracked.updatedAt()), utc(statusAt), tracked.articleId(),
                        tracked.version())
                .update() == 1;
    }

    /** When the event that set the draft's current status happened (its submission, at first). */
    public Optional<Instant> statusAt(String articleId) {
        return jdbc.sql("select status_at from draft where article_id = ?")
                .param(articleId)
                .query((rs, row) -> rs.getObject("status_at", OffsetDateTime.class))
                .optional()
                .map(OffsetDateTime::toInstant);
    }

    private static Draft draft(ResultSet rs, int row) throws SQLException {
        return new Draft(rs.getString("article_id"), rs.getInt("version"), DraftStatus.valueOf(rs.getString("status")),
                rs.getString("author"), rs.getString("correlation_id"), rs.getString("title"),
                rs.getString("reviewer"), rs.getString("reviewer_comments"), rs.getString("published_url"),
                instant(rs, "submitted_at"), instant(rs, "updated_at"));
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        return rs.getObject(column, OffsetDateTime.class).toInstant();
    }
}
