package org.healthjournal.pipeline.testkit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.testcontainers.containers.PostgreSQLContainer;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.UUID;

/**
 * A fresh, empty database for one test context: PostgreSQL where one is reachable (the local
 * server given by {@code TEST_POSTGRES_URL}, default {@code jdbc:postgresql://127.0.0.1:5432/postgres}
 * as user postgres, or a Testcontainers one where Docker runs), otherwise in-memory H2.
 */
public final class TestDatabase {

    private static final Logger log = LoggerFactory.getLogger(TestDatabase.class);
    private static final String DEFAULT_ADMIN_URL = "jdbc:postgresql://127.0.0.1:5432/postgres";
    private static PostgreSQLContainer<?> container;

    /** JDBC settings of a database. */
    public record Settings(String url, String username, String password, String kind) {

        public boolean isPostgres() {
            return url.startsWith("jdbc:postgresql:");
        }
    }

    private TestDatabase() {
    }

    public static Settings fresh(String purpose) {
        String name = ("it_" + purpose + "_" + UUID.randomUUID().toString().substring(0, 8))
                .toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9_]", "_");
        Settings admin = postgresAdmin();
        if (admin != null) {
            try (Connection connection = DriverManager.getConnection(admin.url(), admin.username(), admin.password());
                 Statement statement = connection.createStatement()) {
                statement.execute("create database " + name);
                dropAtExit(admin, name);
                String url = admin.url().substring(0, admin.url().lastIndexOf('/') + 1) + name;
                log.info("test database: PostgreSQL {}", url);
                return new Settings(url, admin.username(), admin.password(), "postgresql");
            } catch (SQLException e) {
                log.warn("PostgreSQL at {} not usable ({}); using H2", admin.url(), e.getMessage());
            }
        }
        String url = "jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1";
        log.info("test database: H2 {}", url);
        return new Settings(url, "sa", "", "h2");
    }

    /** Test databases are throw-away: drop them when the test JVM ends, whoever is still connected. */
    private static void dropAtExit(Settings admin, String name) {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try (Connection connection = DriverManager.getConnection(admin.url(), admin.username(), admin.password());
                 Statement statement = connection.createStatement()) {
                statement.execute("drop database if exists " + name + " with (force)");
            } catch (SQLException e) {
                log.warn("could not drop test database {}: {}", name, e.getMessage());
            }
        }, "drop-" + name));
    }

    private static synchronized Settings postgresAdmin() {
        String url = System.getenv().getOrDefault("TEST_POSTGRES_URL", DEFAULT_ADMIN_URL);
        String user = System.getenv().getOrDefault("TEST_POSTGRES_USER", "postgres");
        String password = System.getenv().getOrDefault("TEST_POSTGRES_PASSWORD", "");
        if ("none".equals(url)) {
            return null;
        }
        try (Connection ignored = DriverManager.getConnection(url, user, password)) {
            return new Settings(url, user, password, "postgresql");
        } catch (SQLException unreachable) {
            if (TestKafka.Docker.available()) {
                if (container == null) {
                    container = new PostgreSQLContainer<>("postgres:16.4-alpine");
                    container.start();
                    Runtime.getRuntime().addShutdownHook(new Thread(container::stop, "postgres-container-stop"));
                }
                return new Settings(container.getJdbcUrl(), container.getUsername(), container.getPassword(),
                        "postgresql");
            }
            return null;
        }
    }
}
