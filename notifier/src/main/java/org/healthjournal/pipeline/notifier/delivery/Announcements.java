package org.healthjournal.pipeline.notifier.delivery;

import org.healthjournal.pipeline.events.ArticlePublished;
import org.healthjournal.pipeline.notifier.DbTime;
import org.healthjournal.pipeline.notifier.subscriptions.Categories;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The {@code announcement} table. */
@Repository
public class Announcements {

    private final JdbcClient jdbc;

    public Announcements(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Registers the announcement, with the text its mails will carry, if this is the first
     * publication of the article seen here.
     *
     * @return whether this event is the article's first publication
     */
    public boolean registerIfFirst(ArticlePublished article, Instant now) {
        boolean known = jdbc.sql("select count(*) from announcement where article_id = ?")
                .param(article.articleId())
                .query(Integer.class)
                .single() > 0;
        if (known) {
            return false;
        }
        AnnouncedArticle announced = AnnouncedArticle.of(article);
        jdbc.sql("insert into announcement (article_id, event_id, article_version, started_at, title, dek, url,"
                        + " category, reviewer, category_slug, read_time_minutes) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(article.articleId(), article.eventId().toString(), article.articleVersion(), DbTime.of(now),
                        announced.title(), announced.dek(), announced.url(), announced.category(), announced.reviewer(),
                        Categories.slug(announced.category()), announced.readTimeMinutes())
                .update();
        return true;
    }

    public Optional<Announcement> find(String articleId) {
        return jdbc.sql("select article_id, event_id, article_version, started_at, completed_at from announcement"
                        + " where article_id = ?")
                .param(articleId)
                .query((row, n) -> new Announcement(
                        row.getString("article_id"),
                        UUID.fromString(row.getString("event_id")),
                        row.getInt("article_version"),
                        DbTime.read(row, "started_at"),
                        DbTime.read(row, "completed_at")))
                .optional();
    }

    /** The newest announcements, newest first, each with its delivery statistics. */
    public List<AnnouncementSummary> newest(int limit) {
        return jdbc.sql("select a.article_id, a.title, a.started_at, a.completed_at,"
                        + " coalesce(sum(case when d.status = 'PENDING' then 1 else 0 end), 0) as pending,"
                        + " coalesce(sum(case when d.status = 'SENT' then 1 else 0 end), 0) as sent,"
                        + " coalesce(sum(case when d.status = 'FAILED' then 1 else 0 end), 0) as failed,"
                        + " coalesce(sum(case when d.status = 'SKIPPED' then 1 else 0 end), 0) as skipped,"
                        + " coalesce(sum(case when d.status = 'SUPPRESSED' then 1 else 0 end), 0) as suppressed,"
                        + " coalesce(sum(case when d.uncertain then 1 else 0 end), 0) as uncertain"
                        + " from announcement a left join delivery d on d.article_id = a.article_id"
                        + " group by a.article_id, a.title, a.started_at, a.completed_at"
                        + " order by a.started_at desc, a.article_id limit ?")
                .param(limit)
                .query((row, n) -> new AnnouncementSummary(row.getString("article_id"), row.getString("title"),
                        DbTime.read(row, "started_at"), DbTime.read(row, "completed_at"),
                        DeliveryStatistics.of(row.getString("article_id"), new DeliveryCounts(row.getLong("pending"),
                                row.getLong("sent"), row.getLong("failed"), row.getLong("skipped"),
                                row.getLong("uncertain"), row.getLong("suppressed")))))
                .list();
    }

    /**
     * Marks the announcement completed once no mail of it is pending any more.
     *
     * <p>The question "is a mail of this article still pending?" is asked as the first such row in the
     * senders' own queue order ({@code delivery_queue}), not as {@code not exists}: PostgreSQL's
     * generic plan for the latter, after a statement's fifth run, read the whole ledger sequentially
     * (it expects the article's rows to be spread evenly, while its pending ones are the newest), and
     * the senders ask once per batch. In the benchmark's fan-out, over a ledger of 50,000 rows, that
     * took 9 ms per batch; the walk along the queue took 0.75 ms, and it does not grow with the ledger.
     *
     * @return whether this call completed it
     */
    public boolean completeIfDone(String articleId, Instant now) {
        return jdbc.sql("update announcement set completed_at = :now where article_id = :article"
                        + " and completed_at is null and (select d.subscriber_id from delivery d"
                        + " where d.status = :pending and d.article_id = :article"
                        + " order by d.claimed_at, d.article_id, d.subscriber_id limit 1) is null")
                .param("now", DbTime.of(now))
                .param("article", articleId)
                .param("pending", DeliveryStatus.PENDING.name())
                .update() > 0;
    }

    /**
     * Completes every announcement with nothing pending: a sweep for those whose last mails were
     * finished by a batch that ended before it could complete them (e.g. a database error).
     *
     * @return how many were completed
     */
    public int completeAllDone(Instant now) {
        return jdbc.sql("update announcement set completed_at = :now where completed_at is null"
                        + " and not exists (select 1 from delivery d where d.article_id = announcement.article_id"
                        + " and d.status = :pending)")
                .param("now", DbTime.of(now))
                .param("pending", DeliveryStatus.PENDING.name())
                .update();
    }
}
