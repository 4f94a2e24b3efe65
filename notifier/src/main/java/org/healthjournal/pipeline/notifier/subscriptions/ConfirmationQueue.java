package org.healthjournal.pipeline.notifier.subscriptions;

import org.healthjournal.pipeline.notifier.DbTime;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.time.Instant;
import java.util.List;

/**
 * The confirmation mails waiting to be sent: pending subscribers whose latest request is newer
 * than their latest mail. A sender claims one with a short lease (a conditional update), so two
 * instances never send the same request twice at the same time.
 */
@Repository
class ConfirmationQueue {

    private static final String DUE = " where status = 'PENDING' and confirmation_requested_at is not null"
            + " and (confirmation_sent_at is null or confirmation_sent_at < confirmation_requested_at)"
            + " and confirmation_failure_permanent = false";

    private final JdbcClient jdbc;

    ConfirmationQueue(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Requests due now and not older than {@code oldest} (a link sent later than that would be expired at once). */
    List<QueuedConfirmation> due(Instant now, Instant oldest, int limit) {
        return jdbc.sql("select id, email, confirmation_attempts from subscriber" + DUE
                        + " and confirmation_requested_at > :oldest"
                        + " and (confirmation_next_attempt_at is null or confirmation_next_attempt_at <= :now)"
                        + " and (confirmation_lease_until is null or confirmation_lease_until < :now)"
                        + " order by confirmation_requested_at limit :limit")
                .param("oldest", DbTime.of(oldest))
                .param("now", DbTime.of(now))
                .param("limit", limit)
                .query((row, n) -> new QueuedConfirmation(row.getString("id"), row.getString("email"),
                        row.getInt("confirmation_attempts")))
                .list();
    }

    boolean claim(String id, Instant now, Instant leaseUntil) {
        return jdbc.sql("update subscriber set confirmation_lease_until = :until where id = :id"
                        + " and (confirmation_lease_until is null or confirmation_lease_until < :now)")
                .param("until", DbTime.of(leaseUntil))
                .param("id", id)
                .param("now", DbTime.of(now))
                .update() > 0;
    }

    void markSent(String id, Instant now) {
        jdbc.sql("update subscriber set confirmation_sent_at = ?, confirmation_lease_until = null,"
                        + " confirmation_failure = null where id = ?")
                .params(DbTime.of(now), id)
                .update();
    }

    void defer(String id, Instant nextAttemptAt, String reason) {
        jdbc.sql("update subscriber set confirmation_attempts = confirmation_attempts + 1,"
                        + " confirmation_next_attempt_at = ?, confirmation_failure = ?, confirmation_lease_until = null"
                        + " where id = ?")
                .params(DbTime.of(nextAttemptAt), truncate(reason), id)
                .update();
    }

    /** The server refused the address for good: no more attempts until the reader asks again. */
    void fail(String id, String reason) {
        jdbc.sql("update subscriber set confirmation_attempts = confirmation_attempts + 1,"
                        + " confirmation_failure = ?, confirmation_failure_permanent = true,"
                        + " confirmation_lease_until = null where id = ?")
                .params(truncate(reason), id)
                .update();
    }

    private static String truncate(String reason) {
        return reason == null || reason.length() <= 1000 ? reason : reason.substring(0, 1000);
    }

    /** A confirmation mail to send. */
    record QueuedConfirmation(String subscriberId, String email, int attempts) {
    }
}
