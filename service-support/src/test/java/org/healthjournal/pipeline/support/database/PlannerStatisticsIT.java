package org.healthjournal.pipeline.support.database;

import org.healthjournal.pipeline.support.SupportIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

class PlannerStatisticsIT extends SupportIntegrationTest {

    @Autowired
    JdbcClient db;
    @Autowired
    PlannerStatistics statistics;

    private void insertRows(int first, int last) {
        for (int id = first; id <= last; id++) {
            db.sql("insert into planner_statistics_probe (id, note) values (?, ?)").params(id, "row " + id).update();
        }
    }

    @Test
    void aTableThatGrewIsAnalysedOnceAndOnlyOnPostgres() throws Exception {
        String product = databaseProduct();
        db.sql("create table planner_statistics_probe (id integer primary key, note varchar(20))").update();
        insertRows(1, 500);
        if (product.equals("PostgreSQL")) {
            assertThat(statistics.isRunning()).as("refreshes in the background on PostgreSQL").isTrue();
            // the server counts a table's changes a moment after they commit, so ask until it has
            await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
                statistics.analyseStaleTables();
                assertThat(db.sql("select count(*) from pg_stats where tablename = 'planner_statistics_probe'")
                        .query(Long.class).single()).as("the planner has both columns' statistics").isEqualTo(2);
            });
            assertThat(statistics.analyseStaleTables()).doesNotContain("public.planner_statistics_probe");
            insertRows(501, 700);
            await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
                statistics.analyseStaleTables();
                assertThat(db.sql("select analyze_count + autoanalyze_count from pg_stat_user_tables"
                        + " where relname = 'planner_statistics_probe'").query(Long.class).single())
                        .as("analysed again after growing by 200 rows").isGreaterThanOrEqualTo(2);
            });
        } else {
            assertThat(product).isEqualTo("H2");
            assertThat(statistics.isRunning()).isFalse();
            assertThat(statistics.analyseStaleTables()).isEmpty();
        }
    }
}
