package org.healthjournal.pipeline.support.database;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.simple.JdbcClient;

import javax.sql.DataSource;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Keeps PostgreSQL's planner statistics of the service's own tables current: every
 * {@code pipeline.database.analyze-interval} it runs {@code ANALYZE} on each table changed by more than
 * 50 rows plus a tenth of its rows since it was last analysed (autovacuum's default rule).
 *
 * <p>Why: a service's tables start empty and grow fast, and a plan made without statistics can read
 * every row of a table for every row of another. With autovacuum off (as on this project's build
 * machine) or not yet round (it wakes once a minute), the reviewers' task count filtered by category
 * took 1.0–1.8 s over 900 open tasks, and it grows with the square of the tasks; analysed, it is a few
 * milliseconds. Where autovacuum is on, whichever comes first analyses a table and the other finds
 * nothing to do. Does nothing on other databases (H2 keeps its own statistics) or with a zero interval.
 */
public class PlannerStatistics implements SmartLifecycle {

    /** Autovacuum's defaults: {@code autovacuum_analyze_threshold} and {@code autovacuum_analyze_scale_factor}. */
    static final String STALE_TABLES = """
            select quote_ident(schemaname) || '.' || quote_ident(relname)
            from pg_stat_user_tables
            where n_mod_since_analyze > 50 + 0.1 * greatest(n_live_tup, 0)
            order by n_mod_since_analyze desc
            """;

    private static final Logger log = LoggerFactory.getLogger(PlannerStatistics.class);

    private final PostgresCheck postgres;
    private final JdbcClient db;
    private final Duration interval;
    private ScheduledExecutorService scheduler;

    public PlannerStatistics(DataSource dataSource, Duration interval) {
        this.postgres = new PostgresCheck(dataSource);
        this.db = JdbcClient.create(dataSource);
        this.interval = interval;
    }

    /**
     * Analyses every table changed enough since its last {@code ANALYZE}.
     *
     * @return the tables analysed, schema-qualified; none on a database that is not PostgreSQL
     */
    public List<String> analyseStaleTables() {
        if (!postgres.isPostgres()) {
            return List.of();
        }
        List<String> stale = db.sql(STALE_TABLES).query(String.class).list();
        for (String table : stale) {
            db.sql("analyze " + table).update();
        }
        if (!stale.isEmpty()) {
            log.debug("analysed {} for the planner", stale);
        }
        return stale;
    }

    private void analyseQuietly() {
        try {
            analyseStaleTables();
        } catch (RuntimeException failure) {
            // the database being away is the health check's and the callers' business; try next round
            log.warn("could not refresh the planner statistics: {}", failure.toString());
        }
    }

    @Override
    public synchronized void start() {
        if (scheduler != null || interval.isZero() || interval.isNegative() || !postgres.isPostgres()) {
            return;
        }
        scheduler = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "planner-statistics");
            thread.setDaemon(true);
            return thread;
        });
        scheduler.scheduleWithFixedDelay(this::analyseQuietly, interval.toMillis(), interval.toMillis(),
                TimeUnit.MILLISECONDS);
    }

    @Override
    public synchronized void stop() {
        if (scheduler != null) {
            scheduler.shutdownNow();
            scheduler = null;
        }
    }

    @Override
    public synchronized boolean isRunning() {
        return scheduler != null;
    }
}
