package org.healthjournal.pipeline.support.database;

import org.healthjournal.pipeline.support.SupportIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

class PerValuePlansIT extends SupportIntegrationTest {

    @Autowired
    JdbcClient db;
    @Autowired
    PlatformTransactionManager transactionManager;
    @Autowired
    PerValuePlans plans;

    @Test
    void aChosenQueryIsPlannedForItsValuesWhateverTheSessionSays() throws Exception {
        String product = databaseProduct();
        if (product.equals("PostgreSQL")) {
            String[] modes = new TransactionTemplate(transactionManager).execute(status -> {
                // the transaction starts on generic plans where allowed; the chosen query joins it
                db.sql("SET LOCAL plan_cache_mode = auto").update();
                String before = showMode();
                String during = plans.run(this::showMode);
                return new String[] {before, during};
            });
            assertThat(modes).containsExactly("auto", "force_custom_plan");
        } else {
            assertThat(product).isEqualTo("H2");
            assertThat(plans.run(() -> db.sql("select 41 + 1").query(Integer.class).single())).isEqualTo(42);
        }
    }

    private String showMode() {
        return db.sql("show plan_cache_mode").query(String.class).single();
    }
}
