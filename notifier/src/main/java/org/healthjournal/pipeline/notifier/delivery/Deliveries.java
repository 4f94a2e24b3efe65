package org.healthjournal.pipeline.notifier.delivery;

import org.healthjournal.pipeline.notifier.DbTime;
import org.healthjournal.pipeline.notifier.subscriptions.SubscriberStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

/**
 * The {@code delivery} table, whose primary key (subscriber, article) is what makes "one mail per
 * subscriber per article" hold across redeliveries, crashes and concurrent consumers.
 */
@Repository
public class Deliveries {

    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;

    public Deliveries(JdbcClient jdbc, TransactionTemplate transactions) {
        this.jdbc = jdbc;
        this.transactions = transactions;
    }

    /**
     * Claims up to {@code limit} subscribers who were confirmed by {@code confirmedBy} and have no
     * delivery row for the article yet, and commits the claim before returning.
     */
    public ClaimedBatch claim(String articleId, Instant confirmedBy, int limit, Instant now) {
        String claimId = UUID.randomUUID().toString();
        List<Recipient> recipients = transactions.execute(status -> {
            jdbc.sql("insert into delivery (subscriber_id, article_id, claim_id, status, claimed_at)"
                            + " select s.id, :article, :claim, :claimed, :now from subscriber s"
                            + " where s.status = :confirmed and s.confirmed_at <= :confirmedBy"
                            + " and not exists (select 1 from delivery d where d.subscriber_id = s.id"
                            + " and d.article_id = :article)"
                            + " order by s.id limit :limit")
                    .param("article", articleId)
                    .param("claim", claimId)
                    .param("claimed", DeliveryStatus.CLAIMED.name())
                    .param("now", DbTime.of(now))
                    .param("confirmed", SubscriberStatus.CONFIRMED.name())
                    .param("confirmedBy", DbTime.of(confirmedBy))
                    .param("limit", limit)
                    .update();
            return jdbc.sql("select s.id, s.email, s.unsubscribe_token from delivery d"
                            + " join subscriber s on s.id = d.subscriber_id where d.claim_id = ? order by s.id")
                    .param(claimId)
                    .query((row, n) -> new Recipient(row.getString("id"), row.getString("email"),
                            row.getString("unsubscribe_token")))
                    .list();
        });
        return new ClaimedBatch(claimId, articleId, recipients);
    }

    /** Marks every still-claimed row of the batch as sent. */
    public void markSent(ClaimedBatch batch, Instant now) {
        jdbc.sql("update delivery set status = ?, sent_at = ? where claim_id = ? and status = ?")
                .params(DeliveryStatus.SENT.name(), DbTime.of(now), batch.claimId(), DeliveryStatus.CLAIMED.name())
                .update();
    }

    /** Gives up on recipients for good: their mail cannot be built. */
    public void markFailed(ClaimedBatch batch, Collection<Recipient> recipients) {
        if (!recipients.isEmpty()) {
            jdbc.sql("update delivery set status = :failed where claim_id = :claim and subscriber_id in (:ids)")
                    .param("failed", DeliveryStatus.FAILED.name())
                    .param("claim", batch.claimId())
                    .param("ids", ids(recipients))
                    .update();
        }
    }

    /** Drops the claims of mails the server did not take, so a retry sends them. */
    public void release(ClaimedBatch batch, Collection<Recipient> recipients) {
        if (!recipients.isEmpty()) {
            jdbc.sql("delete from delivery where claim_id = :claim and subscriber_id in (:ids)")
                    .param("claim", batch.claimId())
                    .param("ids", ids(recipients))
                    .update();
        }
    }

    private static List<String> ids(Collection<Recipient> recipients) {
        return recipients.stream().map(Recipient::subscriberId).toList();
    }
}
