package org.healthjournal.pipeline.review.tasks;

import org.healthjournal.pipeline.review.ReviewWorkflowTestBase;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The inbox's variable filters find each task's process variable by one index lookup (V4), which
 * Flyway could add only because it runs after the engine created its tables.
 */
class InboxVariableIndexIT extends ReviewWorkflowTestBase {

    @Autowired
    DataSource dataSource;

    @Test
    void processVariablesAreIndexedByProcessInstanceAndName() throws Exception {
        List<String> columns = new ArrayList<>();
        try (Connection db = dataSource.getConnection()) {
            DatabaseMetaData meta = db.getMetaData();
            for (String table : List.of("ACT_RU_VARIABLE", "act_ru_variable")) {
                try (ResultSet index = meta.getIndexInfo(db.getCatalog(), db.getSchema(), table, false, false)) {
                    while (index.next()) {
                        String name = index.getString("INDEX_NAME");
                        if (name != null && name.toLowerCase(Locale.ROOT).equals("review_var_procinst_name")) {
                            columns.add(index.getShort("ORDINAL_POSITION") + ":"
                                    + index.getString("COLUMN_NAME").toLowerCase(Locale.ROOT));
                        }
                    }
                }
            }
        }

        assertThat(columns).containsExactlyInAnyOrder("1:proc_inst_id_", "2:name_");
    }
}
