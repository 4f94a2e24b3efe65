package db.migration;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

import java.net.IDN;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * One subscription per mailbox. Until now {@code Reader@Example.org} and {@code reader@example.org}
 * were two subscribers, so such a mailbox got every article twice. Each subscriber gets the key of
 * its mailbox ({@code email_key}: local part lower-cased, domain lower-cased and IDN-encoded), unique
 * from now on. Written in Java because neither database can IDN-encode in SQL; the rule is copied
 * here rather than calling the application's, so this migration stays what it was when it ran.
 *
 * <p>Where one mailbox has several rows, the reader's last decision counts: if an unsubscribe is
 * newer than every confirmation, the mailbox stays unsubscribed; otherwise the earliest confirmed
 * row is kept, else the newest pending one, else the newest unsubscribed one. The other rows are
 * kept for the delivery ledger's counts but leave the list: unsubscribed, without a key, and
 * {@code merged_into} the kept row, so the unsubscribe links in mails they were sent still act on it.
 */
public class V3__one_subscription_per_mailbox extends BaseJavaMigration {

    private record Row(String id, String email, String status, Instant createdAt, Instant confirmedAt,
            Instant unsubscribedAt) {
    }

    @Override
    public void migrate(Context context) throws Exception {
        Connection connection = context.getConnection();
        try (Statement ddl = connection.createStatement()) {
            ddl.execute("alter table subscriber add column email_key varchar(254)");
            ddl.execute("alter table subscriber add column merged_into varchar(36)");
        }
        Map<String, List<Row>> byMailbox = new LinkedHashMap<>();
        try (Statement query = connection.createStatement();
             ResultSet rows = query.executeQuery("select id, email, status, created_at, confirmed_at, unsubscribed_at"
                     + " from subscriber order by created_at, id")) {
            while (rows.next()) {
                Row row = new Row(rows.getString("id"), rows.getString("email"), rows.getString("status"),
                        instant(rows, "created_at"), instant(rows, "confirmed_at"), instant(rows, "unsubscribed_at"));
                byMailbox.computeIfAbsent(key(row.email()), k -> new ArrayList<>()).add(row);
            }
        }
        OffsetDateTime now = Instant.now().atOffset(ZoneOffset.UTC);
        try (PreparedStatement keep = connection.prepareStatement("update subscriber set email_key = ? where id = ?");
             PreparedStatement merge = connection.prepareStatement("update subscriber set status = 'UNSUBSCRIBED',"
                     + " unsubscribed_at = coalesce(unsubscribed_at, ?), confirm_token = null, email_key = null,"
                     + " merged_into = ? where id = ?")) {
            for (Map.Entry<String, List<Row>> mailbox : byMailbox.entrySet()) {
                Row kept = kept(mailbox.getValue());
                keep.setString(1, mailbox.getKey());
                keep.setString(2, kept.id());
                keep.addBatch();
                for (Row other : mailbox.getValue()) {
                    if (!other.id().equals(kept.id())) {
                        merge.setObject(1, now);
                        merge.setString(2, kept.id());
                        merge.setString(3, other.id());
                        merge.addBatch();
                    }
                }
            }
            keep.executeBatch();
            merge.executeBatch();
        }
        try (Statement ddl = connection.createStatement()) {
            ddl.execute("create unique index subscriber_mailbox on subscriber (email_key)");
        }
    }

    private static Row kept(List<Row> rows) {
        if (rows.size() == 1) {
            return rows.get(0);
        }
        List<Row> confirmed = with(rows, "CONFIRMED");
        List<Row> unsubscribed = with(rows, "UNSUBSCRIBED");
        Row lastUnsubscribe = unsubscribed.stream().max(Comparator.comparing(Row::unsubscribedAt,
                Comparator.nullsFirst(Comparator.naturalOrder()))).orElse(null);
        if (!confirmed.isEmpty()) {
            Row firstConfirmed = confirmed.stream().min(Comparator.comparing(Row::confirmedAt,
                    Comparator.nullsLast(Comparator.naturalOrder()))).orElseThrow();
            boolean unsubscribedSince = lastUnsubscribe != null && lastUnsubscribe.unsubscribedAt() != null
                    && confirmed.stream().allMatch(row -> row.confirmedAt() != null
                            && row.confirmedAt().isBefore(lastUnsubscribe.unsubscribedAt()));
            return unsubscribedSince ? lastUnsubscribe : firstConfirmed;
        }
        List<Row> pending = with(rows, "PENDING");
        if (!pending.isEmpty()) {
            return pending.get(pending.size() - 1);
        }
        return lastUnsubscribe != null ? lastUnsubscribe : rows.get(rows.size() - 1);
    }

    private static List<Row> with(List<Row> rows, String status) {
        return rows.stream().filter(row -> status.equals(row.status())).toList();
    }

    private static String key(String email) {
        String trimmed = email.strip();
        int at = trimmed.lastIndexOf('@');
        if (at < 0) {
            return trimmed.toLowerCase(Locale.ROOT);
        }
        String domain = trimmed.substring(at + 1).toLowerCase(Locale.ROOT);
        try {
            domain = IDN.toASCII(domain, IDN.ALLOW_UNASSIGNED);
        } catch (IllegalArgumentException notAValidDomainName) {
            // kept as it is, like the application does
        }
        return (trimmed.substring(0, at + 1) + domain).toLowerCase(Locale.ROOT);
    }

    private static Instant instant(ResultSet row, String column) throws java.sql.SQLException {
        OffsetDateTime value = row.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }
}
