package org.healthjournal.pipeline.support.database;

import com.zaxxer.hikari.HikariDataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.config.BeanPostProcessor;

/**
 * Makes PostgreSQL plan every statement for the values it is run with, never with a cached generic
 * plan ({@code plan_cache_mode = force_custom_plan}, sent as the driver's {@code options} when the
 * pool is a PostgreSQL one and nobody set {@code options} already).
 *
 * <p>Why: the JDBC driver prepares a statement on the server after five runs, and PostgreSQL then
 * keeps a generic plan for it, made from the table sizes of that moment. A service's tables start
 * empty and grow fast, and autovacuum's statistics arrive a minute or more later, so a plan made over
 * a handful of rows stays in use over thousands: the reviewers' task count filtered by category was
 * measured taking about a second of a full CPU core per call over 900 open tasks, where a fresh plan
 * takes 15–20 ms. Planning each time costs a few milliseconds for the engine's larger queries, and
 * it is not free for the other services' hot statements either (ingest's multi-row inserts, the
 * publisher's rebuild, review-workflow's engine inserts): so it is off unless a service sets
 * {@code pipeline.database.custom-plans=true}. Where only a few queries need it, {@link PerValuePlans}
 * plans just those per value, and {@link PlannerStatistics} keeps the statistics current.
 */
public class PostgresCustomPlans implements BeanPostProcessor {

    static final String OPTIONS = "options";
    static final String CUSTOM_PLANS = "-c plan_cache_mode=force_custom_plan";

    private static final Logger log = LoggerFactory.getLogger(PostgresCustomPlans.class);

    @Override
    public Object postProcessBeforeInitialization(Object bean, String beanName) {
        if (bean instanceof HikariDataSource pool) {
            apply(pool);
        }
        return bean;
    }

    static void apply(HikariDataSource pool) {
        String url = pool.getJdbcUrl();
        if (url == null || !url.startsWith("jdbc:postgresql:") || url.contains(OPTIONS + "=")
                || pool.getDataSourceProperties().containsKey(OPTIONS)) {
            return;
        }
        pool.addDataSourceProperty(OPTIONS, CUSTOM_PLANS);
        log.debug("pool {}: PostgreSQL plans each statement for its values ({})", pool.getPoolName(), CUSTOM_PLANS);
    }
}
