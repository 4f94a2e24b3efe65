package org.healthjournal.pipeline.support.database;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import javax.sql.DataSource;
import java.util.function.Supplier;

/**
 * Runs a few chosen queries with PostgreSQL planning each statement for the values it is run with
 * ({@code SET LOCAL plan_cache_mode = force_custom_plan}, for that transaction only); on any other
 * database it just runs them.
 *
 * <p>Why only a few: a cached generic plan cannot know how selective a filter value is, and the
 * reviewers' task list filtered by category or risk over thousands of open tasks is where that once
 * cost a second of CPU per call. Planning every statement of a service instead
 * ({@link PostgresCustomPlans}) cost review-workflow a quarter of its intake throughput in the
 * benchmark (124 against 167 reviews started a second), for the engine's many simple inserts and
 * look-ups by key whose generic plans are as good as any.
 */
public class PerValuePlans {

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;
    private final PostgresCheck postgres;

    public PerValuePlans(DataSource dataSource, PlatformTransactionManager transactionManager) {
        this.jdbc = new JdbcTemplate(dataSource);
        this.transactions = new TransactionTemplate(transactionManager);
        this.postgres = new PostgresCheck(dataSource);
    }

    /** The query's result; on PostgreSQL it runs in a transaction (joining one already open) planned per value. */
    public <T> T run(Supplier<T> query) {
        if (!postgres.isPostgres()) {
            return query.get();
        }
        return transactions.execute(status -> {
            jdbc.execute("SET LOCAL plan_cache_mode = force_custom_plan");
            return query.get();
        });
    }
}
