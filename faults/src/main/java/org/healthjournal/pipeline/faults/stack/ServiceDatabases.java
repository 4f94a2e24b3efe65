package org.healthjournal.pipeline.faults.stack;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

/**
 * Fresh PostgreSQL databases for the services of one suite run, on the server at
 * {@code TEST_POSTGRES_URL} (default {@code jdbc:postgresql://127.0.0.1:5432/postgres}, user
 * {@code postgres}, as the tests use), dropped again on {@link #close}. Where no PostgreSQL is
 * reachable the services keep their H2 files; only the database outage of the replay scenario
 * needs PostgreSQL, because it is PostgreSQL that is told to refuse connections.
 */
public final class ServiceDatabases implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(ServiceDatabases.class);
    private static final String DEFAULT_ADMIN_URL = "jdbc:postgresql://127.0.0.1:5432/postgres";

    /** JDBC settings of one service's database. */
    public record Database(String name, String url, String username, String password) {
    }

    private final String adminUrl;
    private final String user;
    private final String password;
    private final List<String> created = new ArrayList<>();

    private ServiceDatabases(String adminUrl, String user, String password) {
        this.adminUrl = adminUrl;
        this.user = user;
        this.password = password;
    }

    /** Empty when no PostgreSQL answers (or {@code TEST_POSTGRES_URL=none}). */
    public static Optional<ServiceDatabases> connect() {
        String url = System.getenv().getOrDefault("TEST_POSTGRES_URL", DEFAULT_ADMIN_URL);
        String user = System.getenv().getOrDefault("TEST_POSTGRES_USER", "postgres");
        String password = System.getenv().getOrDefault("TEST_POSTGRES_PASSWORD", "");
        if ("none".equals(url)) {
            return Optional.empty();
        }
        try (Connection ignored = DriverManager.getConnection(url, user, password)) {
            return Optional.of(new ServiceDatabases(url, user, password));
        } catch (SQLException e) {
            log.warn("no PostgreSQL at {} ({}): the services use H2 files", url, e.getMessage());
            return Optional.empty();
        }
    }

    public Database fresh(String purpose) {
        String name = ("faults_" + purpose + "_" + UUID.randomUUID().toString().substring(0, 8))
                .toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9_]", "_");
        execute("create database " + name);
        created.add(name);
        String url = adminUrl.substring(0, adminUrl.lastIndexOf('/') + 1) + name;
        log.info("fresh database {}", url);
        return new Database(name, url, user, password);
    }

    /**
     * Makes the database refuse every connection, and ends the ones open now, as if its server
     * had gone away for this service.
     */
    public void refuseConnections(Database database) {
        execute("alter database " + database.name() + " with allow_connections false");
        try (Connection connection = admin();
             PreparedStatement terminate = connection.prepareStatement(
                     "select pg_terminate_backend(pid) from pg_stat_activity where datname = ? and pid <> pg_backend_pid()")) {
            terminate.setString(1, database.name());
            terminate.execute();
        } catch (SQLException e) {
            throw new IllegalStateException("cannot end the sessions of " + database.name(), e);
        }
    }

    public void allowConnections(Database database) {
        execute("alter database " + database.name() + " with allow_connections true");
    }

    private void execute(String sql) {
        try (Connection connection = admin(); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(sql + " failed: " + e.getMessage(), e);
        }
    }

    private Connection admin() throws SQLException {
        return DriverManager.getConnection(adminUrl, user, password);
    }

    /** Drops the databases, whoever is still connected (call after the services stopped). */
    @Override
    public void close() {
        for (String name : created) {
            try {
                execute("drop database if exists " + name + " with (force)");
            } catch (RuntimeException e) {
                log.warn("could not drop {}: {}", name, e.getMessage());
            }
        }
        created.clear();
    }
}
