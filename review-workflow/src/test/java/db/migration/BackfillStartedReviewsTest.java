package db.migration;

import org.flywaydb.core.api.configuration.Configuration;
import org.flywaydb.core.api.migration.Context;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * V3 copies the medical reviews the engine started before {@code started_review} existed, so that a
 * draft redelivered after the upgrade still starts nothing. The engine's tables are reduced here to
 * the columns the copy reads.
 */
class BackfillStartedReviewsTest {

    private Connection db;

    @BeforeEach
    void database() throws Exception {
        db = DriverManager.getConnection("jdbc:h2:mem:backfill-" + UUID.randomUUID());
        try (Statement ddl = db.createStatement()) {
            ddl.execute("""
                    create table started_review (article_id varchar(255) not null, article_version integer not null,
                        process_instance_id varchar(64) not null, started_at timestamp with time zone not null,
                        primary key (article_id, article_version))""");
        }
    }

    @AfterEach
    void close() throws Exception {
        db.close();
    }

    @Test
    void medicalReviewsStartedBeforeTheTableExistedAreRecordedFromHistory() throws Exception {
        try (Statement engine = db.createStatement()) {
            engine.execute("create table ACT_RE_PROCDEF (ID_ varchar(64), KEY_ varchar(255))");
            engine.execute("create table ACT_HI_PROCINST (ID_ varchar(64), PROC_DEF_ID_ varchar(64), "
                    + "BUSINESS_KEY_ varchar(255), START_TIME_ timestamp)");
            engine.execute("create table ACT_HI_VARINST (PROC_INST_ID_ varchar(64), EXECUTION_ID_ varchar(64), "
                    + "NAME_ varchar(255), LONG_ bigint)");
            engine.execute("insert into ACT_RE_PROCDEF values ('review:1', 'medicalReview'), ('periodic:1', 'periodicReview')");
            // article-1: v1 (finished or superseded) and v2; article-2: v1; a periodic re-review is no medical review
            engine.execute("""
                    insert into ACT_HI_PROCINST values
                        ('p1', 'review:1', 'article-1', timestamp '2026-01-01 10:00:00'),
                        ('p2', 'review:1', 'article-1', timestamp '2026-02-01 10:00:00'),
                        ('p3', 'review:1', 'article-2', timestamp '2026-03-01 10:00:00'),
                        ('p4', 'periodic:1', 'article-3', timestamp '2026-04-01 10:00:00')""");
            engine.execute("""
                    insert into ACT_HI_VARINST values
                        ('p1', 'p1', 'articleVersion', 1), ('p2', 'p2', 'articleVersion', 2),
                        ('p3', 'p3', 'articleVersion', 1), ('p3', 'p3', 'findingsCount', 7),
                        ('p4', 'p4', 'articleVersion', 1)""");
        }

        new V3__Backfill_started_reviews().migrate(context());

        assertThat(startedReviews()).containsExactly("article-1 v1 p1", "article-1 v2 p2", "article-2 v1 p3");
    }

    @Test
    void aNewDatabaseWithoutTheEnginesTablesHasNothingToCopy() throws Exception {
        new V3__Backfill_started_reviews().migrate(context());

        assertThat(startedReviews()).isEmpty();
    }

    private List<String> startedReviews() throws Exception {
        List<String> rows = new ArrayList<>();
        try (Statement query = db.createStatement(); ResultSet rs = query.executeQuery(
                "select article_id, article_version, process_instance_id from started_review "
                        + "order by article_id, article_version")) {
            while (rs.next()) {
                rows.add(rs.getString(1) + " v" + rs.getInt(2) + " " + rs.getString(3));
            }
        }
        return rows;
    }

    private Context context() {
        return new Context() {
            @Override
            public Configuration getConfiguration() {
                return null;
            }

            @Override
            public Connection getConnection() {
                return db;
            }
        };
    }
}
