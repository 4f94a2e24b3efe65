package org.healthjournal.pipeline.support.database;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;

/**
 * Whether a data source is PostgreSQL, asked of the first connection that can be had and then
 * remembered; while the database cannot be reached the answer is "no" and it is asked again next time.
 */
final class PostgresCheck {

    private final DataSource dataSource;
    /** Null until a connection has told. */
    private volatile Boolean postgres;

    PostgresCheck(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    boolean isPostgres() {
        Boolean known = postgres;
        if (known == null) {
            try (Connection connection = dataSource.getConnection()) {
                known = "PostgreSQL".equals(connection.getMetaData().getDatabaseProductName());
            } catch (SQLException unreachable) {
                return false;
            }
            postgres = known;
        }
        return known;
    }
}
