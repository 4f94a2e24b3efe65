package org.healthjournal.pipeline.notifier;

import org.flywaydb.core.Flyway;
import org.healthjournal.pipeline.testkit.TestDatabase;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** V3 on a database holding one mailbox under several spellings (PostgreSQL when reachable, else H2). */
class SubscriberMailboxMigrationIT {

    private static final Instant T = Instant.parse("2026-01-10T10:00:00Z");

    @Test
    void duplicateSpellingsOfOneMailboxBecomeOneSubscriptionKeepingTheReadersLastDecision() {
        TestDatabase.Settings db = TestDatabase.fresh("notifier_mailbox_migration");
        String url = db.isPostgres() ? db.url() : db.url() + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE";
        DriverManagerDataSource dataSource = new DriverManagerDataSource(url, db.username(), db.password());
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        Flyway.configure().dataSource(dataSource).target("2").load().migrate();
        // twice confirmed: the first confirmation is kept, the second spelling leaves the list
        insert(jdbc, "ann-1", "Ann@example.org", "CONFIRMED", T.plusSeconds(10), null);
        insert(jdbc, "ann-2", "ann@example.org", "CONFIRMED", T.plusSeconds(20), null);
        // unsubscribed after confirming the other spelling: the reader's last word was to leave
        insert(jdbc, "bob-1", "bob@example.org", "CONFIRMED", T.plusSeconds(10), null);
        insert(jdbc, "bob-2", "BOB@example.org", "UNSUBSCRIBED", T.plusSeconds(5), T.plusSeconds(30));
        // pending and unsubscribed: the pending one stays
        insert(jdbc, "cy-1", "cy@example.org", "UNSUBSCRIBED", T, T.plusSeconds(5));
        insert(jdbc, "cy-2", "Cy@example.org", "PENDING", null, null);
        insert(jdbc, "dee", "dee@Bücher.example", "CONFIRMED", T, null);
        jdbc.update("insert into announcement (article_id, event_id, article_version, started_at)"
                + " values ('a1', '00000000-0000-0000-0000-000000000001', 1, ?)", DbTime.of(T));
        jdbc.update("insert into delivery (subscriber_id, article_id, status, claimed_at, attempts, uncertain)"
                + " values ('ann-2', 'a1', 'SENT', ?, 0, false)", DbTime.of(T));

        Flyway.configure().dataSource(dataSource).load().migrate();

        List<Map<String, Object>> rows = jdbc.queryForList("select id, status, email_key, merged_into from subscriber"
                + " order by id");
        assertThat(rows).extracting(row -> row.get("id") + " " + row.get("status") + " " + row.get("email_key") + " "
                        + row.get("merged_into"))
                .containsExactly(
                        "ann-1 CONFIRMED ann@example.org null",
                        "ann-2 UNSUBSCRIBED null ann-1",
                        "bob-1 UNSUBSCRIBED null bob-2",
                        "bob-2 UNSUBSCRIBED bob@example.org null",
                        "cy-1 UNSUBSCRIBED null cy-2",
                        "cy-2 PENDING cy@example.org null",
                        "dee CONFIRMED dee@xn--bcher-kva.example null");
        assertThat(jdbc.queryForObject("select count(*) from delivery where status = 'SENT'", Integer.class))
                .as("the ledger keeps its counts").isEqualTo(1);
    }

    private static void insert(JdbcTemplate jdbc, String id, String email, String status, Instant confirmedAt,
            Instant unsubscribedAt) {
        jdbc.update("insert into subscriber (id, email, status, unsubscribe_token, created_at, confirmed_at,"
                        + " unsubscribed_at) values (?, ?, ?, ?, ?, ?, ?)", id, email, status, "tok-" + id,
                DbTime.of(T.minusSeconds(60)), DbTime.of(confirmedAt), DbTime.of(unsubscribedAt));
    }
}
