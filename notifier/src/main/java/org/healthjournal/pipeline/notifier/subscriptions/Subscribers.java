package org.healthjournal.pipeline.notifier.subscriptions;

import org.healthjournal.pipeline.notifier.DbTime;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/** The {@code subscriber} table. */
@Repository
public class Subscribers {

    private static final String COLUMNS =
            "select id, email, status, confirm_token, unsubscribe_token, confirmation_sent_at, confirmed_at from subscriber";

    private static final RowMapper<Subscriber> ROW = (row, n) -> new Subscriber(
            row.getString("id"),
            row.getString("email"),
            SubscriberStatus.valueOf(row.getString("status")),
            row.getString("confirm_token"),
            row.getString("unsubscribe_token"),
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

    public Optional<Subscriber> findByConfirmToken(String token) {
        return jdbc.sql(COLUMNS + " where confirm_token = ?").param(token).query(ROW).optional();
    }

    /**
     * The subscription an unsubscribe link acts on: for a duplicate merged into another spelling
     * of its mailbox (V3), the kept one, so old mails' links still stop the mail.
     */
    public Optional<Subscriber> findByUnsubscribeToken(String token) {
        return jdbc.sql(COLUMNS + " where id = (select coalesce(merged_into, id) from subscriber"
                        + " where unsubscribe_token = ?)")
                .param(token).query(ROW).optional();
    }

    public Subscriber insertPending(String email, String emailKey, Instant now) {
        Subscriber subscriber = new Subscriber(UUID.randomUUID().toString(), email, SubscriberStatus.PENDING,
                SubscriptionTokens.newToken(), SubscriptionTokens.newToken(), null, null);
        jdbc.sql("insert into subscriber (id, email, email_key, status, confirm_token, unsubscribe_token, created_at)"
                        + " values (?, ?, ?, ?, ?, ?, ?)")
                .params(subscriber.id(), email, emailKey, subscriber.status().name(), subscriber.confirmToken(),
                        subscriber.unsubscribeToken(), DbTime.of(now))
                .update();
        return subscriber;
    }

    /** An unsubscribed address asked again: it must confirm again, with a fresh link. */
    public Subscriber restartPending(Subscriber subscriber) {
        String confirmToken = SubscriptionTokens.newToken();
        jdbc.sql("update subscriber set status = ?, confirm_token = ?, confirmation_sent_at = null,"
                        + " confirmed_at = null, unsubscribed_at = null where id = ?")
                .params(SubscriberStatus.PENDING.name(), confirmToken, subscriber.id())
                .update();
        return new Subscriber(subscriber.id(), subscriber.email(), SubscriberStatus.PENDING, confirmToken,
                subscriber.unsubscribeToken(), null, null);
    }

    public void markConfirmationSent(String id, Instant now) {
        jdbc.sql("update subscriber set confirmation_sent_at = ? where id = ?").params(DbTime.of(now), id).update();
    }

    public void confirm(String id, Instant now) {
        jdbc.sql("update subscriber set status = ?, confirmed_at = ? where id = ? and status = ?")
                .params(SubscriberStatus.CONFIRMED.name(), DbTime.of(now), id, SubscriberStatus.PENDING.name())
                .update();
    }

    public void unsubscribe(String id, Instant now) {
        jdbc.sql("update subscriber set status = ?, unsubscribed_at = ?, confirm_token = null"
                        + " where id = ? and status <> ?")
                .params(SubscriberStatus.UNSUBSCRIBED.name(), DbTime.of(now), id, SubscriberStatus.UNSUBSCRIBED.name())
                .update();
    }
}
