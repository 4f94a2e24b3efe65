package org.healthjournal.pipeline.support.database;

import com.zaxxer.hikari.HikariDataSource;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PostgresCustomPlansTest {

    @Test
    void aPostgresPoolAsksForCustomPlans() {
        HikariDataSource pool = pool("jdbc:postgresql://127.0.0.1:5432/editorial");

        new PostgresCustomPlans().postProcessBeforeInitialization(pool, "dataSource");

        assertThat(pool.getDataSourceProperties()).containsEntry("options", "-c plan_cache_mode=force_custom_plan");
    }

    @Test
    void anH2PoolIsLeftAlone() {
        HikariDataSource pool = pool("jdbc:h2:file:./data/ingest/db");

        new PostgresCustomPlans().postProcessBeforeInitialization(pool, "dataSource");

        assertThat(pool.getDataSourceProperties()).doesNotContainKey("options");
    }

    @Test
    void optionsAnOperatorSetAreKept() {
        HikariDataSource inUrl = pool("jdbc:postgresql://db/editorial?options=-c%20statement_timeout=5000");
        HikariDataSource inProperties = pool("jdbc:postgresql://db/editorial");
        inProperties.addDataSourceProperty("options", "-c statement_timeout=5000");

        new PostgresCustomPlans().postProcessBeforeInitialization(inUrl, "dataSource");
        new PostgresCustomPlans().postProcessBeforeInitialization(inProperties, "dataSource");

        assertThat(inUrl.getDataSourceProperties()).doesNotContainKey("options");
        assertThat(inProperties.getDataSourceProperties()).containsEntry("options", "-c statement_timeout=5000");
    }

    private static HikariDataSource pool(String url) {
        HikariDataSource pool = new HikariDataSource();
        pool.setJdbcUrl(url);
        return pool;
    }
}
