package org.healthjournal.pipeline.publisher.publishing;

import org.healthjournal.pipeline.events.ArticleApproved;
import org.healthjournal.pipeline.events.EventCodec;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

/**
 * Approved versions that wait for their {@code publishAt}, at most one per article (a newer approval
 * moves or cancels it). In the database, so a schedule survives a restart.
 */
@Repository
public class ScheduledPublications {

    /** One waiting version: the approval as it came, and the slug it will go live under. */
    public record Scheduled(String articleId, int version, String slug, Instant publishAt, ArticleApproved approval) {
    }

    private final JdbcClient jdbc;

    public ScheduledPublications(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<Scheduled> find(String articleId) {
        return jdbc.sql("select article_id, version, slug, publish_at, approval_json from scheduled_publication "
                + "where article_id = ?").param(articleId).query(this::row).optional();
    }

    /** Whatever is due at {@code now}, the earliest first. */
    public List<Scheduled> dueAt(Instant now) {
        return jdbc.sql("select article_id, version, slug, publish_at, approval_json from scheduled_publication "
                + "where publish_at <= ? order by publish_at, article_id").param(utc(now)).query(this::row).list();
    }

    /** Schedules the version, replacing whatever was scheduled for the article. */
    public void schedule(ArticleApproved approval, String slug, Instant publishAt) {
        remove(approval.articleId());
        jdbc.sql("insert into scheduled_publication (article_id, version, slug, publish_at, approval_json) "
                        + "values (?, ?, ?, ?, ?)")
                .params(approval.articleId(), approval.articleVersion(), slug, utc(publishAt),
                        new String(EventCodec.toJson(approval), StandardCharsets.UTF_8))
                .update();
    }

    public void remove(String articleId) {
        jdbc.sql("delete from scheduled_publication where article_id = ?").param(articleId).update();
    }

    /** Takes this version off the schedule; false if a newer approval already moved or cancelled it. */
    public boolean take(String articleId, int version) {
        return jdbc.sql("delete from scheduled_publication where article_id = ? and version = ?")
                .params(articleId, version).update() == 1;
    }

    public boolean slugTaken(String slug) {
        return jdbc.sql("select count(*) from scheduled_publication where slug = ?")
                .param(slug).query(Integer.class).single() > 0;
    }

    private Scheduled row(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        ArticleApproved approval = (ArticleApproved) EventCodec.fromJson(
                rs.getString("approval_json").getBytes(StandardCharsets.UTF_8)).orElseThrow();
        return new Scheduled(rs.getString("article_id"), rs.getInt("version"), rs.getString("slug"),
                rs.getObject("publish_at", OffsetDateTime.class).toInstant(), approval);
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
