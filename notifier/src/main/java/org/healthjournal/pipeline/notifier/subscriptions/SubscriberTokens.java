package org.healthjournal.pipeline.notifier.subscriptions;

import org.healthjournal.pipeline.notifier.DbTime;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The {@code subscriber_token} table: hashes of the tokens in our links, never the tokens. */
@Repository
public class SubscriberTokens {

    private static final String INSERT = "insert into subscriber_token (token_hash, subscriber_id, purpose,"
            + " created_at, expires_at) values (?, ?, ?, ?, ?)";

    private final JdbcClient jdbc;
    private final JdbcTemplate jdbcTemplate;

    public SubscriberTokens(JdbcClient jdbc, JdbcTemplate jdbcTemplate) {
        this.jdbc = jdbc;
        this.jdbcTemplate = jdbcTemplate;
    }

    /** @return the new token, to be put in a link; it is not kept anywhere */
    public String issue(String subscriberId, TokenPurpose purpose, Instant now, Instant expiresAt) {
        String token = SubscriptionTokens.newToken();
        jdbc.sql(INSERT)
                .params(SubscriptionTokens.hash(token), subscriberId, purpose.name(), DbTime.of(now),
                        DbTime.of(expiresAt))
                .update();
        return token;
    }

    /**
     * One new token per subscriber, stored with one batched statement in one transaction (the
     * mails of a whole sender batch at once, instead of a round trip and a commit per mail).
     *
     * @return the new tokens, in the order of {@code subscriberIds}
     */
    @Transactional
    public List<String> issueAll(List<String> subscriberIds, TokenPurpose purpose, Instant now, Instant expiresAt) {
        List<String> tokens = new ArrayList<>(subscriberIds.size());
        List<Object[]> rows = new ArrayList<>(subscriberIds.size());
        for (String subscriberId : subscriberIds) {
            String token = SubscriptionTokens.newToken();
            tokens.add(token);
            rows.add(new Object[]{SubscriptionTokens.hash(token), subscriberId, purpose.name(), DbTime.of(now),
                    DbTime.of(expiresAt)});
        }
        if (!rows.isEmpty()) {
            jdbcTemplate.batchUpdate(INSERT, rows);
        }
        return tokens;
    }

    Optional<IssuedToken> find(String token, TokenPurpose purpose) {
        return jdbc.sql("select token_hash, subscriber_id, purpose, expires_at, used_at from subscriber_token"
                        + " where token_hash = ? and purpose = ?")
                .params(SubscriptionTokens.hash(token), purpose.name())
                .query((row, n) -> new IssuedToken(row.getString("token_hash"), row.getString("subscriber_id"),
                        TokenPurpose.valueOf(row.getString("purpose")), DbTime.read(row, "expires_at"),
                        DbTime.read(row, "used_at")))
                .optional();
    }

    void markUsed(IssuedToken token, Instant now) {
        jdbc.sql("update subscriber_token set used_at = ? where token_hash = ? and used_at is null")
                .params(DbTime.of(now), token.hash())
                .update();
    }

    /**
     * Deletes what no link can use any more: confirmation tokens past their expiry, and mail tokens
     * older than the unsubscribe links' lifetime.
     *
     * @return how many were deleted
     */
    public int deleteExpired(Instant now, java.time.Duration unsubscribeTtl) {
        return jdbc.sql("delete from subscriber_token where (purpose = ? and expires_at < ?)"
                        + " or (purpose = ? and created_at < ?)")
                .params(TokenPurpose.CONFIRM.name(), DbTime.of(now), TokenPurpose.MAIL.name(),
                        DbTime.of(now.minus(unsubscribeTtl)))
                .update();
    }

    /** Voids the subscriber's tokens of one purpose, e.g. every confirmation link once it unsubscribed. */
    void revoke(String subscriberId, TokenPurpose purpose) {
        jdbc.sql("delete from subscriber_token where subscriber_id = ? and purpose = ?")
                .params(subscriberId, purpose.name())
                .update();
    }
}
