package org.healthjournal.pipeline.notifier.delivery;

import org.healthjournal.pipeline.notifier.DbTime;
import org.healthjournal.pipeline.notifier.subscriptions.SubscriberStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The {@code delivery} table: the ledger of every announcement mail. Its primary key (subscriber,
 * article) keeps it at one mail per subscriber per article; leases keep two senders (threads or
 * instances) from sending one row at the same time.
 *
 * <p>A row's lease is taken by a conditional update that only succeeds while nobody else holds
 * it, and every later change of the row names the lease ({@code lease_owner}), so a sender that
 * lost its lease can no longer change the row.
 *
 * <p>A sender writes to the ledger per batch, not per mail: the lease (which marks the batch's rows
 * in flight), then every answer of the batch — one transaction each. So a crash can leave at most
 * one batch ({@code pipeline.notifier.sender.batch-size} mails) with answers unrecorded, and those
 * rows are exactly the ones marked in flight.
 */
@Repository
public class Deliveries {

    private static final String PENDING = DeliveryStatus.PENDING.name();

    private final JdbcClient jdbc;
    private final JdbcTemplate jdbcTemplate;
    private final TransactionTemplate transactions;
    private volatile Boolean isPostgres;

    public Deliveries(JdbcClient jdbc, JdbcTemplate jdbcTemplate, PlatformTransactionManager transactionManager) {
        this.jdbc = jdbc;
        this.jdbcTemplate = jdbcTemplate;
        this.transactions = new TransactionTemplate(transactionManager);
    }

    /**
     * Queues a mail for every subscriber confirmed by {@code startedAt} who chose the article's
     * category or chose none (= all): one statement, however many subscribers. An article without
     * a category goes to those who chose none only. Runs in the caller's transaction.
     *
     * @param categorySlug the article's category as a slug, or null
     * @return how many mails were queued
     */
    public int queue(String articleId, String categorySlug, Instant startedAt) {
        // a suppressed address is part of the audience, recorded SUPPRESSED rather than sent to
        return jdbc.sql("insert into delivery (subscriber_id, article_id, status, claimed_at, attempts, uncertain,"
                        + " failure) select s.id, :article, case when s.suppressed_at is null then :pending"
                        + " else :suppressed end, :startedAt, 0, false,"
                        + " case when s.suppressed_at is null then null else :why end from subscriber s"
                        + " where s.status = :confirmed and s.confirmed_at <= :startedAt"
                        + " and (not exists (select 1 from subscriber_category c where c.subscriber_id = s.id)"
                        + " or exists (select 1 from subscriber_category c where c.subscriber_id = s.id"
                        + " and c.category = :category))")
                .param("article", articleId)
                .param("category", categorySlug == null ? "" : categorySlug)
                .param("suppressed", DeliveryStatus.SUPPRESSED.name())
                .param("why", "suppressed: the address was refused permanently too often")
                .param("pending", PENDING)
                .param("startedAt", DbTime.of(startedAt))
                .param("confirmed", SubscriberStatus.CONFIRMED.name())
                .update();
    }

    /**
     * Brings the database's statistics of the ledger up to date, after an announcement queued many
     * rows at once. Without it the planner goes on believing the table holds the handful of rows it
     * held before (autovacuum looks at it a minute later at the soonest), and plans the lease query
     * as a sort of every queued row — per batch, tens of milliseconds under the lease lock — instead
     * of a walk along {@code delivery_queue} that stops after one batch.
     */
    public void refreshStatistics() {
        jdbcTemplate.execute(postgres() ? "analyze delivery" : "analyze table delivery");
    }

    private boolean postgres() {
        Boolean postgres = isPostgres;
        if (postgres == null) {
            postgres = jdbcTemplate.execute((java.sql.Connection connection) ->
                    "PostgreSQL".equalsIgnoreCase(connection.getMetaData().getDatabaseProductName()));
            isPostgres = postgres;
        }
        return postgres;
    }

    /**
     * Stops the article's mails still waiting for a sender (also those of its update announcements,
     * {@code {articleId}@v{n}}): they are recorded SKIPPED. Rows a sender holds right now are
     * left to it. Runs in the caller's transaction.
     *
     * @return how many mails were stopped
     */
    public int stopPending(String articleId, String reason) {
        return jdbc.sql("update delivery set status = :skipped, failure = :why where status = :pending"
                        + " and lease_owner is null and (article_id = :article or article_id like :updates escape '!')")
                .param("skipped", DeliveryStatus.SKIPPED.name())
                .param("why", truncate(reason))
                .param("pending", PENDING)
                .param("article", articleId)
                .param("updates", articleId.replace("!", "!!").replace("%", "!%").replace("_", "!_") + "@v%")
                .update();
    }

    /**
     * Leases up to {@code limit} due rows nobody holds to {@code owner} until {@code leaseUntil},
     * marking them in flight: their mails are about to go out, and until a row's answer is recorded
     * (or the row is given back untried) lease recovery counts it as maybe sent. Another sender may
     * pick some of the same candidates at the same moment: each row goes to whoever's conditional
     * update comes first, the other one leaves it out of its batch.
     */
    public LeasedBatch lease(String owner, int limit, Instant now, Instant leaseUntil) {
        return transactions.execute(status -> leaseInTransaction(owner, limit, now, leaseUntil));
    }

    private LeasedBatch leaseInTransaction(String owner, int limit, Instant now, Instant leaseUntil) {
        // the oldest due rows in sending order (a walk along delivery_queue that stops after the
        // batch), joined to their subscriber and announcement only once the batch is chosen
        List<PendingMail> candidates = jdbc.sql("select d.article_id, d.subscriber_id, d.attempts, d.uncertain,"
                        + " d.claimed_at, s.email, s.status as subscriber_status,"
                        + " a.title, a.dek, a.url, a.category, a.reviewer, a.read_time_minutes"
                        + " from (select q.subscriber_id, q.article_id, q.attempts, q.uncertain, q.claimed_at"
                        + " from delivery q where q.status = :pending and q.lease_owner is null"
                        + " and (q.next_attempt_at is null or q.next_attempt_at <= :now)"
                        + " order by q.status, q.claimed_at, q.article_id, q.subscriber_id limit :limit) d"
                        + " join subscriber s on s.id = d.subscriber_id"
                        + " join announcement a on a.article_id = d.article_id"
                        + " order by d.claimed_at, d.article_id, d.subscriber_id")
                .param("pending", PENDING)
                .param("now", DbTime.of(now))
                .param("limit", limit)
                .query((row, n) -> new PendingMail(
                        new AnnouncedArticle(row.getString("article_id"), row.getString("title"),
                                row.getString("dek"), row.getString("url"), row.getString("category"),
                                row.getString("reviewer"), (Integer) row.getObject("read_time_minutes", Integer.class)),
                        new Recipient(row.getString("subscriber_id"), row.getString("email")),
                        SubscriberStatus.CONFIRMED.name().equals(row.getString("subscriber_status")),
                        row.getInt("attempts"),
                        row.getBoolean("uncertain")))
                .list();
        if (candidates.isEmpty()) {
            return new LeasedBatch(owner, leaseUntil, List.of());
        }
        int[] leased = jdbcTemplate.batchUpdate("update delivery set lease_owner = ?, lease_until = ?, in_flight = true"
                + " where subscriber_id = ? and article_id = ? and status = ?"
                + " and lease_owner is null and (lease_until is null or lease_until < ?)", candidates.stream()
                .map(mail -> new Object[]{owner, DbTime.of(leaseUntil), mail.subscriberId(), mail.articleId(), PENDING,
                        DbTime.of(now)})
                .toList());
        List<PendingMail> mails = new ArrayList<>(candidates.size());
        for (int i = 0; i < candidates.size(); i++) {
            // 0: another sender's now; a driver that cannot tell says SUCCESS_NO_INFO (-2), then it is ours
            if (leased[i] != 0) {
                mails.add(candidates.get(i));
            }
        }
        return new LeasedBatch(owner, leaseUntil, mails);
    }

    /**
     * Records what became of the mails of one batch, all in one transaction: SENT, FAILED (a
     * permanent refusal also counts against the address, see {@link #countBounce}), SKIPPED, or
     * PENDING again for another attempt. Only rows still leased to {@code owner} change.
     *
     * @param suppressAfterBounces permanent refusals after which an address is suppressed
     */
    public RecordedBatch record(String owner, List<MailResult> results, int suppressAfterBounces, Instant now) {
        if (results.isEmpty()) {
            return new RecordedBatch(List.of(), List.of());
        }
        return transactions.execute(status -> {
            List<MailResult> lost = new ArrayList<>();
            List<String> suppressed = new ArrayList<>();
            List<MailResult> finished = results.stream().filter(result -> !isRetried(result)).toList();
            List<MailResult> retried = results.stream().filter(Deliveries::isRetried).toList();
            collectLost(lost, finished, jdbcTemplate.batchUpdate("update delivery set status = ?, sent_at = ?,"
                    + " failure = ?, lease_owner = null, lease_until = null, in_flight = false"
                    + " where subscriber_id = ? and article_id = ? and lease_owner = ?", finished.stream()
                    .map(result -> new Object[]{statusOf(result.kind()).name(),
                            result.kind() == MailResult.Kind.SENT ? DbTime.of(result.at()) : null,
                            truncate(result.detail()), result.mail().subscriberId(), result.mail().articleId(), owner})
                    .toList()));
            collectLost(lost, retried, jdbcTemplate.batchUpdate("update delivery set attempts = attempts + 1,"
                    + " next_attempt_at = ?, failure = ?, uncertain = (uncertain or ?), lease_owner = null,"
                    + " lease_until = null, in_flight = false"
                    + " where subscriber_id = ? and article_id = ? and lease_owner = ? and status = ?", retried.stream()
                    .map(result -> new Object[]{DbTime.of(result.at()), truncate(result.detail()),
                            result.kind() == MailResult.Kind.UNCERTAIN, result.mail().subscriberId(),
                            result.mail().articleId(), owner, PENDING})
                    .toList()));
            for (MailResult result : results) {
                if (result.kind() == MailResult.Kind.REFUSED
                        && countBounce(result.mail().subscriberId(), suppressAfterBounces, now)) {
                    suppressed.add(result.mail().subscriberId());
                }
            }
            return new RecordedBatch(lost, suppressed);
        });
    }

    /**
     * What recording a batch found.
     *
     * @param lost results not recorded because the row's lease was lost (someone else's row now)
     * @param suppressedSubscribers addresses suppressed by this batch's permanent refusals
     */
    public record RecordedBatch(List<MailResult> lost, List<String> suppressedSubscribers) {
    }

    private static boolean isRetried(MailResult result) {
        return result.kind() == MailResult.Kind.DEFERRED || result.kind() == MailResult.Kind.UNCERTAIN;
    }

    private static DeliveryStatus statusOf(MailResult.Kind kind) {
        return switch (kind) {
            case SENT -> DeliveryStatus.SENT;
            case REFUSED, UNWRITABLE -> DeliveryStatus.FAILED;
            case SKIPPED -> DeliveryStatus.SKIPPED;
            case DEFERRED, UNCERTAIN -> DeliveryStatus.PENDING;
        };
    }

    private static void collectLost(List<MailResult> lost, List<MailResult> results, int[] updated) {
        for (int i = 0; i < results.size(); i++) {
            // a driver that cannot tell says SUCCESS_NO_INFO (-2): then the row counts as recorded
            if (updated[i] == 0) {
                lost.add(results.get(i));
            }
        }
    }

    /**
     * Counts a permanent refusal against the subscriber's address and suppresses it at
     * {@code threshold} refusals.
     *
     * @return whether this refusal suppressed the address
     */
    public boolean countBounce(String subscriberId, int threshold, Instant now) {
        jdbc.sql("update subscriber set bounce_count = bounce_count + 1 where id = ?").param(subscriberId).update();
        return jdbc.sql("update subscriber set suppressed_at = ? where id = ? and suppressed_at is null"
                        + " and bounce_count >= ?")
                .params(DbTime.of(now), subscriberId, threshold)
                .update() > 0;
    }

    /** Gives these rows of the lease back untried: nothing was sent for them. */
    public int release(String owner, List<PendingMail> untried) {
        if (untried.isEmpty()) {
            return 0;
        }
        int released = 0;
        for (int updated : jdbcTemplate.batchUpdate("update delivery set lease_owner = null, lease_until = null,"
                + " in_flight = false where subscriber_id = ? and article_id = ? and lease_owner = ? and status = ?",
                untried.stream().map(mail -> new Object[]{mail.subscriberId(), mail.articleId(), owner, PENDING})
                        .toList())) {
            released += updated == 0 ? 0 : 1;
        }
        return released;
    }

    /**
     * Frees rows whose lease ran out: their sender died (or hung) in the middle of its batch. The
     * rows it had marked in flight ({@link #lease}) may have reached the server without their
     * answer being recorded: they are marked uncertain (and go out again with the same Message-ID).
     * A lease is one batch ({@code pipeline.notifier.sender.batch-size} rows at most), so that is
     * the most a crash can send twice. A lease with no row in flight was taken by an older version,
     * which recorded answer by answer: then only its first row still pending can have reached the
     * server, and that one is marked uncertain; the rest were never tried.
     *
     * @return the rows marked uncertain
     */
    public int recoverExpiredLeases(Instant now) {
        Map<String, List<Object[]>> rowsByLease = new LinkedHashMap<>();
        jdbc.sql("select lease_owner, subscriber_id, article_id, in_flight from delivery where status = ?"
                        + " and lease_owner is not null and lease_until < ?"
                        + " order by lease_owner, article_id, subscriber_id")
                .params(PENDING, DbTime.of(now))
                .query(row -> {
                    rowsByLease.computeIfAbsent(row.getString("lease_owner"), owner -> new ArrayList<>())
                            .add(new Object[]{row.getString("subscriber_id"), row.getString("article_id"),
                                    row.getBoolean("in_flight")});
                });
        int uncertain = 0;
        for (Map.Entry<String, List<Object[]>> lease : rowsByLease.entrySet()) {
            List<Object[]> maybeSent = lease.getValue().stream().filter(row -> (Boolean) row[2]).toList();
            if (maybeSent.isEmpty()) {
                maybeSent = lease.getValue().subList(0, 1);
            }
            for (Object[] row : maybeSent) {
                uncertain += jdbc.sql("update delivery set uncertain = true, failure = ? where subscriber_id = ?"
                                + " and article_id = ? and lease_owner = ? and status = ? and lease_until < ?")
                        .params("the sender holding it stopped before recording the server's answer",
                                row[0], row[1], lease.getKey(), PENDING, DbTime.of(now))
                        .update();
            }
            jdbc.sql("update delivery set lease_owner = null, lease_until = null, in_flight = false"
                            + " where lease_owner = ? and status = ? and lease_until < ?")
                    .params(lease.getKey(), PENDING, DbTime.of(now))
                    .update();
        }
        return uncertain;
    }

    public DeliveryCounts count(String articleId) {
        return counts(" where article_id = ?", List.of(articleId));
    }

    public DeliveryCounts countAll() {
        return counts("", List.of());
    }

    private DeliveryCounts counts(String where, List<Object> params) {
        Map<String, long[]> byStatus = new LinkedHashMap<>();
        jdbc.sql("select status, count(*) as n, sum(case when uncertain then 1 else 0 end) as u from delivery"
                        + where + " group by status")
                .params(new ArrayList<>(params))
                .query(row -> {
                    byStatus.put(row.getString("status"), new long[]{row.getLong("n"), row.getLong("u")});
                });
        long uncertain = byStatus.values().stream().mapToLong(counts -> counts[1]).sum();
        return new DeliveryCounts(get(byStatus, DeliveryStatus.PENDING), get(byStatus, DeliveryStatus.SENT),
                get(byStatus, DeliveryStatus.FAILED), get(byStatus, DeliveryStatus.SKIPPED), uncertain,
                get(byStatus, DeliveryStatus.SUPPRESSED));
    }

    private static long get(Map<String, long[]> byStatus, DeliveryStatus status) {
        long[] counts = byStatus.get(status.name());
        return counts == null ? 0 : counts[0];
    }

    private static String truncate(String reason) {
        return reason == null || reason.length() <= 1000 ? reason : reason.substring(0, 1000);
    }
}
