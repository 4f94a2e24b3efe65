package db.migration;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Fills {@code started_review} (V2) with every medical review the engine started before the table
 * existed, from its history (history level audit keeps every instance and its start variables), so
 * that a draft redelivered after the upgrade is still recognised. On a new database the engine's
 * tables do not exist yet (Flowable creates them itself) and there is nothing to copy.
 */
public class V3__Backfill_started_reviews extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws Exception {
        Connection db = context.getConnection();
        if (!tableExists(db, "ACT_HI_PROCINST") || !tableExists(db, "ACT_HI_VARINST")
                || !tableExists(db, "ACT_RE_PROCDEF")) {
            return;
        }
        try (Statement copy = db.createStatement()) {
            // an integer variable keeps its value in LONG_; the earliest instance wins should an old
            // database hold two of one version
            copy.executeUpdate("""
                    insert into started_review (article_id, article_version, process_instance_id, started_at)
                    select p.BUSINESS_KEY_, cast(v.LONG_ as integer), min(p.ID_), min(p.START_TIME_)
                    from ACT_HI_PROCINST p
                    join ACT_RE_PROCDEF d on d.ID_ = p.PROC_DEF_ID_
                    join ACT_HI_VARINST v on v.PROC_INST_ID_ = p.ID_ and v.EXECUTION_ID_ = p.ID_
                    where d.KEY_ = 'medicalReview' and v.NAME_ = 'articleVersion' and v.LONG_ is not null
                      and p.BUSINESS_KEY_ is not null
                    group by p.BUSINESS_KEY_, cast(v.LONG_ as integer)""");
        }
    }

    /** PostgreSQL folds unquoted names to lower case, H2 to upper case. */
    private static boolean tableExists(Connection db, String name) throws SQLException {
        DatabaseMetaData meta = db.getMetaData();
        for (String candidate : new String[] {name, name.toLowerCase(java.util.Locale.ROOT)}) {
            try (ResultSet tables = meta.getTables(db.getCatalog(), db.getSchema(), candidate, null)) {
                if (tables.next()) {
                    return true;
                }
            }
        }
        return false;
    }
}
