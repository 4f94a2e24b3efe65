package org.healthjournal.pipeline.notifier;

import org.flywaydb.core.Flyway;
import org.healthjournal.pipeline.notifier.subscriptions.SubscriptionTokens;
import org.healthjournal.pipeline.testkit.TestDatabase;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** V5 on a database holding plain tokens (PostgreSQL when reachable, else H2). */
class TokenHashMigrationIT {

    private static final Instant SENT = Instant.parse("2026-01-10T10:00:00Z");

    @Test
    void plainTokensBecomeHashesThatStillOpenTheirLinksAndThePlainColumnsAreGone() {
        TestDatabase.Settings db = TestDatabase.fresh("notifier_token_migration");
        String url = db.isPostgres() ? db.url() : db.url() + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE";
        DriverManagerDataSource dataSource = new DriverManagerDataSource(url, db.username(), db.password());
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        Flyway.configure().dataSource(dataSource).target("2").load().migrate();
        insert(jdbc, "pending", "pending@example.org", "PENDING", "confirm-pending", "unsub-pending");
        insert(jdbc, "kept", "reader@example.org", "CONFIRMED", null, "unsub-kept");
        insert(jdbc, "merged", "Reader@example.org", "CONFIRMED", null, "unsub-merged");

        Flyway.configure().dataSource(dataSource).load().migrate();

        List<Map<String, Object>> tokens = jdbc.queryForList("select token_hash, subscriber_id, purpose, expires_at"
                + " from subscriber_token order by subscriber_id, purpose");
        assertThat(tokens).extracting(row -> row.get("subscriber_id") + " " + row.get("purpose"))
                .containsExactlyInAnyOrder("kept MAIL", "kept MAIL", "pending CONFIRM", "pending MAIL");
        assertThat(tokens).extracting(row -> (String) row.get("token_hash")).contains(
                SubscriptionTokens.hash("confirm-pending"), SubscriptionTokens.hash("unsub-pending"),
                SubscriptionTokens.hash("unsub-kept"), SubscriptionTokens.hash("unsub-merged"))
                .doesNotContain("confirm-pending", "unsub-kept");
        assertThat(jdbc.queryForObject("select expires_at from subscriber_token where token_hash = ?",
                java.time.OffsetDateTime.class, SubscriptionTokens.hash("confirm-pending")).toInstant())
                .as("a week after it was sent").isEqualTo(SENT.plus(7, ChronoUnit.DAYS));
        assertThat(jdbc.queryForObject("select min(created_at) from subscriber_token where purpose = 'MAIL'",
                java.time.OffsetDateTime.class).toInstant())
                .as("the links already mailed count as issued at the upgrade, so the sweep leaves them a full"
                        + " unsubscribe-ttl").isAfter(SENT);
        assertThat(jdbc.queryForList("select column_name from information_schema.columns"
                        + " where lower(table_name) = 'subscriber'", String.class))
                .extracting(String::toLowerCase).doesNotContain("confirm_token", "unsubscribe_token");
    }

    private static void insert(JdbcTemplate jdbc, String id, String email, String status, String confirmToken,
            String unsubscribeToken) {
        jdbc.update("insert into subscriber (id, email, status, confirm_token, unsubscribe_token, created_at,"
                        + " confirmation_sent_at, confirmed_at) values (?, ?, ?, ?, ?, ?, ?, ?)", id, email, status,
                confirmToken, unsubscribeToken, DbTime.of(SENT.minusSeconds(60)), DbTime.of(SENT),
                "CONFIRMED".equals(status) ? DbTime.of(SENT) : null);
    }
}
