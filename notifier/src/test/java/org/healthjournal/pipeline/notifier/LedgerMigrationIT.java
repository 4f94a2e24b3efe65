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

/**
 * V2 on a database the previous sender left mid-announcement (PostgreSQL when reachable, else H2
 * in PostgreSQL mode, like the service's own tests).
 */
class LedgerMigrationIT {

    @Test
    void anAnnouncementLeftUnfinishedBeforeTheLedgerIsFinishedAfterIt() {
        TestDatabase.Settings db = TestDatabase.fresh("notifier_migration");
        String url = db.isPostgres() ? db.url() : db.url() + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE";
        DriverManagerDataSource dataSource = new DriverManagerDataSource(url, db.username(), db.password());
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        Flyway.configure().dataSource(dataSource).target("1").load().migrate();
        Instant started = Instant.parse("2026-01-10T10:00:00Z");
        for (String id : List.of("sent", "claimed", "untouched", "late")) {
            jdbc.update("insert into subscriber (id, email, status, unsubscribe_token, created_at, confirmed_at)"
                    + " values (?, ?, 'CONFIRMED', ?, ?, ?)", id, id + "@example.org", "tok-" + id,
                    DbTime.of(started.minusSeconds(60)),
                    DbTime.of("late".equals(id) ? started.plusSeconds(60) : started.minusSeconds(60)));
        }
        jdbc.update("insert into feed_entry (article_id, article_version, title, dek, url, category, published_at,"
                + " updated_at) values ('a1', 1, 'Title', 'Dek', 'https://j.example/a1', 'Cat', ?, ?)",
                DbTime.of(started), DbTime.of(started));
        jdbc.update("insert into announcement (article_id, event_id, article_version, started_at)"
                + " values ('a1', '00000000-0000-0000-0000-000000000001', 1, ?)", DbTime.of(started));
        jdbc.update("insert into delivery (subscriber_id, article_id, claim_id, status, claimed_at, sent_at)"
                + " values ('sent', 'a1', 'c1', 'SENT', ?, ?)", DbTime.of(started), DbTime.of(started));
        jdbc.update("insert into delivery (subscriber_id, article_id, claim_id, status, claimed_at)"
                + " values ('claimed', 'a1', 'c2', 'CLAIMED', ?)", DbTime.of(started));

        Flyway.configure().dataSource(dataSource).load().migrate();

        List<Map<String, Object>> rows = jdbc.queryForList("select subscriber_id, status, uncertain, attempts"
                + " from delivery where article_id = 'a1' order by subscriber_id");
        assertThat(rows).extracting(row -> row.get("subscriber_id") + " " + row.get("status") + " "
                        + row.get("uncertain") + " " + row.get("attempts"))
                .containsExactly("claimed PENDING true 0", "sent SENT false 0", "untouched PENDING false 0");
        assertThat(jdbc.queryForMap("select title, dek, url, category from announcement where article_id = 'a1'"))
                .containsEntry("title", "Title").containsEntry("url", "https://j.example/a1")
                .containsEntry("category", "Cat");
        assertThat(jdbc.queryForObject("select category_slug from feed_entry where article_id = 'a1'", String.class))
                .as("V7: feeds per category find entries published before it").isEqualTo("cat");
    }
}
