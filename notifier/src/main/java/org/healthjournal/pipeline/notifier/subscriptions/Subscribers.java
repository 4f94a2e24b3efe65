package org.healthjournal.pipeline.notifier.subscriptions;

import org.healthjournal.pipeline.notifier.DbTime;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The {@code subscriber} table and the categories each subscriber chose. */
@Repository
public class Subscribers {

    private static final String COLUMNS = "select id, email, status, confirmation_sent_at, confirmed_at from subscriber";

    private static final RowMapper<Subscriber> ROW = (row, n) -> new Subscriber(
            row.getString("id"),
            row.getString("email"),
            SubscriberStatus.valueOf(row.getString("status")),
            DbTime.read(row, "confirmation_sent_at"),
            DbTime.read(row, "confirmed_at"));

    private final JdbcClient jdbc;

    public Subscribers(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The subscription of this mailbox, however its address was spelled ({@link EmailAddresses#key}). */
    public Optional<Subscriber> findByMailbox(String emailKey) {
        return jdbc.sql(COLUMNS + " where email_key = ?").param(emailKey).query(ROW).optional();
    }

    public Optional<Subscriber> findById(String id) {
        return jdbc.sql(COLUMNS + " where id = ?").param(id).query(ROW).optional();
    }

    /** A new address, pending, with its confirmation mail queued. */
    public Subscriber insertPending(String email, String emailKey, Instant now) {
        Subscriber subscriber = new Subscriber(UUID.randomUUID().toString(), email, SubscriberStatus.PENDING, null, null);
        jdbc.sql("insert into subscriber (id, email, email_key, status, created_at, confirmation_requested_at)"
                        + " values (?, ?, ?, ?, ?, ?)")
                .params(subscriber.id(), email, emailKey, subscriber.status().name(), DbTime.of(now), DbTime.of(now))
                .update();
        return subscriber;
    }

    /** An unsubscribed address asked again: it must confirm again, with a fresh link. */
    public void restartPending(String id, Instant now) {
        // a new confirmation proves the mailbox takes mail again
        jdbc.sql("update subscriber set status = ?, confirmation_sent_at = null, confirmed_at = null,"
                        + " unsubscribed_at = null, bounce_count = 0, suppressed_at = null where id = ?")
                .params(SubscriberStatus.PENDING.name(), id)
                .update();
        requestConfirmation(id, now);
    }

    /** Queues a confirmation mail (again); the confirmation sender sends it. */
    public void requestConfirmation(String id, Instant now) {
        jdbc.sql("update subscriber set confirmation_requested_at = ?, confirmation_attempts = 0,"
                        + " confirmation_next_attempt_at = null, confirmation_failure = null,"
                        + " confirmation_failure_permanent = false where id = ?")
                .params(DbTime.of(now), id)
                .update();
    }

    /** When a confirmation mail was last asked for, to keep the open endpoint from flooding an inbox. */
    public Optional<Instant> confirmationRequestedAt(String id) {
        return jdbc.sql("select confirmation_requested_at from subscriber where id = ?")
                .param(id)
                .query((row, n) -> Optional.ofNullable(DbTime.read(row, "confirmation_requested_at")))
                .single();
    }

    public void confirm(String id, Instant now) {
        jdbc.sql("update subscriber set status = ?, confirmed_at = ? where id = ? and status = ?")
                .params(SubscriberStatus.CONFIRMED.name(), DbTime.of(now), id, SubscriberStatus.PENDING.name())
                .update();
    }

    public void unsubscribe(String id, Instant now) {
        jdbc.sql("update subscriber set status = ?, unsubscribed_at = ?, confirmation_requested_at = null"
                        + " where id = ? and status <> ?")
                .params(SubscriberStatus.UNSUBSCRIBED.name(), DbTime.of(now), id, SubscriberStatus.UNSUBSCRIBED.name())
                .update();
    }

    /** The chosen category slugs; empty means every category. */
    public List<String> categories(String id) {
        return jdbc.sql("select category from subscriber_category where subscriber_id = ? order by category")
                .param(id)
                .query(String.class)
                .list();
    }

    public void chooseCategories(String id, Collection<String> slugs) {
        jdbc.sql("delete from subscriber_category where subscriber_id = ?").param(id).update();
        for (String slug : slugs) {
            jdbc.sql("insert into subscriber_category (subscriber_id, category) values (?, ?)").params(id, slug).update();
        }
    }

    /**
     * Forgets the subscriber (and the rows of its other spellings merged into it by V3): the
     * address, the choices, the tokens, and the failure texts of its mails (a server's refusal
     * quotes the address). The rows themselves stay, with their statuses, so the delivery
     * counts of past articles do not change.
     */
    public void erase(String id, Instant now) {
        List<String> ids = jdbc.sql("select id from subscriber where id = ? or merged_into = ?")
                .params(id, id).query(String.class).list();
        for (String erased : ids) {
            jdbc.sql("delete from subscriber_category where subscriber_id = ?").param(erased).update();
            jdbc.sql("delete from subscriber_token where subscriber_id = ?").param(erased).update();
            jdbc.sql("update delivery set failure = case when failure is null then null else 'erased' end"
                    + " where subscriber_id = ?").param(erased).update();
            jdbc.sql("update subscriber set email = ?, email_key = null, status = ?, merged_into = null,"
                            + " confirmation_requested_at = null, confirmation_failure = null,"
                            + " confirmation_lease_until = null, unsubscribed_at = coalesce(unsubscribed_at, ?)"
                            + " where id = ?")
                    .params("erased-" + erased, SubscriberStatus.ERASED.name(), DbTime.of(now), erased)
                    .update();
        }
    }

    /** Everything stored about the subscriber, for the reader's own export. */
    public SubscriberExport export(String id) {
        SubscriberExport.Subscription subscription = jdbc.sql("select email, status, created_at, confirmed_at,"
                        + " unsubscribed_at from subscriber where id = ?")
                .param(id)
                .query((row, n) -> new SubscriberExport.Subscription(row.getString("email"), row.getString("status"),
                        DbTime.read(row, "created_at"), DbTime.read(row, "confirmed_at"),
                        DbTime.read(row, "unsubscribed_at")))
                .single();
        List<SubscriberExport.Mail> mails = jdbc.sql("select d.article_id, a.title, d.status, d.sent_at from delivery d"
                        + " left join announcement a on a.article_id = d.article_id where d.subscriber_id = ?"
                        + " order by d.claimed_at, d.article_id")
                .param(id)
                .query((row, n) -> new SubscriberExport.Mail(row.getString("article_id"), row.getString("title"),
                        row.getString("status"), DbTime.read(row, "sent_at")))
                .list();
        return new SubscriberExport(subscription, categories(id), mails);
    }
}
