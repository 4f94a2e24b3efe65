package org.healthjournal.pipeline.support.database;

import org.healthjournal.pipeline.support.SupportIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

class PostgresCustomPlansIT extends SupportIntegrationTest {

    @Autowired
    JdbcClient db;

    @Test
    void everyPooledPostgresConnectionPlansForItsValues() throws Exception {
        String product = databaseProduct();
        if (product.equals("PostgreSQL")) {
            assertThat(db.sql("show plan_cache_mode").query(String.class).single()).isEqualTo("force_custom_plan");
        } else {
            // H2 has no plan cache setting, and the pool must not have been given the driver option
            assertThat(product).isEqualTo("H2");
            assertThat(db.sql("select 1").query(Integer.class).single()).isEqualTo(1);
        }
    }
}
