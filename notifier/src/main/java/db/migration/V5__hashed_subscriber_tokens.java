package db.migration;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HexFormat;

/**
 * Tokens are kept only as SHA-256 hashes, in a table of their own, each with its purpose and
 * expiry: whoever reads the database (a backup, a leaked dump) can no longer confirm, manage or
 * unsubscribe anyone. Written in Java because H2 and PostgreSQL spell SHA-256 differently.
 *
 * <p>Existing tokens keep working: a pending address's confirmation link for 7 days after it was
 * sent (the new default), and the unsubscribe links already mailed for good — as unsubscribe
 * links only (already expired for managing), acting on the kept row of a merged mailbox (V3).
 */
public class V5__hashed_subscriber_tokens extends BaseJavaMigration {

    private static final Duration CONFIRM_TTL = Duration.ofDays(7);

    @Override
    public void migrate(Context context) throws Exception {
        Connection connection = context.getConnection();
        try (Statement ddl = connection.createStatement()) {
            ddl.execute("create table subscriber_token ("
                    + " token_hash varchar(64) not null primary key,"
                    + " subscriber_id varchar(36) not null references subscriber (id),"
                    + " purpose varchar(20) not null,"
                    + " created_at timestamp with time zone not null,"
                    + " expires_at timestamp with time zone not null,"
                    + " used_at timestamp with time zone)");
            ddl.execute("create index subscriber_token_subscriber on subscriber_token (subscriber_id)");
        }
        Instant now = Instant.now();
        MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
        try (Statement query = connection.createStatement();
             ResultSet rows = query.executeQuery("select id, merged_into, status, confirm_token, unsubscribe_token,"
                     + " created_at, confirmation_sent_at from subscriber");
             PreparedStatement insert = connection.prepareStatement("insert into subscriber_token (token_hash,"
                     + " subscriber_id, purpose, created_at, expires_at) values (?, ?, ?, ?, ?)")) {
            while (rows.next()) {
                String owner = rows.getString("merged_into") != null ? rows.getString("merged_into") : rows.getString("id");
                Instant created = rows.getObject("created_at", OffsetDateTime.class).toInstant();
                OffsetDateTime sent = rows.getObject("confirmation_sent_at", OffsetDateTime.class);
                String confirm = rows.getString("confirm_token");
                if (confirm != null && "PENDING".equals(rows.getString("status"))) {
                    Instant issued = sent == null ? created : sent.toInstant();
                    add(insert, sha256, confirm, owner, "CONFIRM", issued, issued.plus(CONFIRM_TTL));
                }
                String unsubscribe = rows.getString("unsubscribe_token");
                if (unsubscribe != null) {
                    // issued now: the unsubscribe links already mailed live a full unsubscribe-ttl from the upgrade
                    add(insert, sha256, unsubscribe, owner, "MAIL", now, now);
                }
            }
            insert.executeBatch();
        }
        try (Statement ddl = connection.createStatement()) {
            ddl.execute("alter table subscriber drop column confirm_token");
            ddl.execute("alter table subscriber drop column unsubscribe_token");
        }
    }

    private static void add(PreparedStatement insert, MessageDigest sha256, String token, String subscriberId,
            String purpose, Instant createdAt, Instant expiresAt) throws Exception {
        insert.setString(1, HexFormat.of().formatHex(sha256.digest(token.getBytes(StandardCharsets.UTF_8))));
        insert.setString(2, subscriberId);
        insert.setString(3, purpose);
        insert.setObject(4, createdAt.atOffset(ZoneOffset.UTC));
        insert.setObject(5, expiresAt.atOffset(ZoneOffset.UTC));
        insert.addBatch();
    }
}
