package org.healthjournal.pipeline.notifier.staff;

import org.healthjournal.pipeline.notifier.DbTime;
import org.healthjournal.pipeline.notifier.mail.MailContent;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** The {@code staff_notification} table: staff mails waiting, sent or failed. */
@Repository
class StaffNotifications {

    private final JdbcClient jdbc;

    StaffNotifications(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Queues the mail unless this event already queued one for this recipient. Runs in the caller's transaction. */
    void queue(UUID eventId, StaffNotificationKind kind, String articleId, String recipient, MailContent content,
            Instant now) {
        jdbc.sql("insert into staff_notification (id, event_id, kind, article_id, recipient, subject, body_text,"
                        + " body_html, created_at) select ?, ?, ?, ?, ?, ?, ?, ?, ? where not exists"
                        + " (select 1 from staff_notification where event_id = ? and recipient = ?)")
                .params(UUID.randomUUID().toString(), eventId.toString(), kind.name(), articleId, recipient,
                        content.subject(), content.text(), content.html(), DbTime.of(now), eventId.toString(),
                        recipient)
                .update();
    }

    List<QueuedStaffMail> due(Instant now, int limit) {
        return jdbc.sql("select id, recipient, subject, body_text, body_html, attempts from staff_notification"
                        + " where sent_at is null and failed = false"
                        + " and (next_attempt_at is null or next_attempt_at <= :now)"
                        + " and (lease_until is null or lease_until < :now) order by created_at limit :limit")
                .param("now", DbTime.of(now))
                .param("limit", limit)
                .query((row, n) -> new QueuedStaffMail(row.getString("id"), row.getString("recipient"),
                        new MailContent(row.getString("subject"), row.getString("body_text"),
                                row.getString("body_html")),
                        row.getInt("attempts")))
                .list();
    }

    boolean claim(String id, Instant now, Instant leaseUntil) {
        return jdbc.sql("update staff_notification set lease_until = ? where id = ?"
                        + " and (lease_until is null or lease_until < ?)")
                .params(DbTime.of(leaseUntil), id, DbTime.of(now))
                .update() > 0;
    }

    void markSent(String id, Instant now) {
        jdbc.sql("update staff_notification set sent_at = ?, lease_until = null, failure = null where id = ?")
                .params(DbTime.of(now), id).update();
    }

    void defer(String id, Instant nextAttemptAt, String reason) {
        jdbc.sql("update staff_notification set attempts = attempts + 1, next_attempt_at = ?, failure = ?,"
                        + " lease_until = null where id = ?")
                .params(DbTime.of(nextAttemptAt), truncate(reason), id).update();
    }

    void fail(String id, String reason) {
        jdbc.sql("update staff_notification set attempts = attempts + 1, failed = true, failure = ?,"
                        + " lease_until = null where id = ?")
                .params(truncate(reason), id).update();
    }

    private static String truncate(String reason) {
        return reason == null || reason.length() <= 1000 ? reason : reason.substring(0, 1000);
    }

    /** A staff mail to send. */
    record QueuedStaffMail(String id, String recipient, MailContent content, int attempts) {
    }
}
