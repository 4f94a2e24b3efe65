package org.healthjournal.pipeline.bench.stages.fanout;

import org.healthjournal.pipeline.faults.stack.ServiceDatabases;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * Stores confirmed subscribers straight into the notifier's PostgreSQL database, row for row as the
 * notifier stores a reader who subscribed to some categories and confirmed (V1, V3, V6, V10 of its
 * migrations): {@code subscriber} with status CONFIRMED, {@code email_key}, the confirmation times,
 * and one {@code subscriber_category} row per chosen category slug. Their personal links (manage,
 * unsubscribe) are minted by the notifier when it mails them, as for any subscriber.
 */
final class SubscriberSeeder {

    private static final int BATCH = 1_000;

    private SubscriberSeeder() {
    }

    /** The addresses of {@code count} subscribers of one run. */
    static List<String> addresses(String run, int count) {
        List<String> addresses = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            addresses.add("fan-" + run + "-" + i + "@readers.example.org");
        }
        return addresses;
    }

    static void seed(ServiceDatabases.Database notifier, List<String> addresses, String categorySlug,
                     Instant confirmedAt) throws SQLException {
        try (Connection connection = DriverManager.getConnection(notifier.url() + "?reWriteBatchedInserts=true",
                notifier.username(), notifier.password())) {
            connection.setAutoCommit(false);
            try (PreparedStatement subscriber = connection.prepareStatement("insert into subscriber (id, email,"
                    + " email_key, status, created_at, confirmation_requested_at, confirmation_sent_at, confirmed_at)"
                    + " values (?, ?, ?, 'CONFIRMED', ?, ?, ?, ?)");
                 PreparedStatement category = connection.prepareStatement(
                         "insert into subscriber_category (subscriber_id, category) values (?, ?)")) {
                OffsetDateTime at = OffsetDateTime.ofInstant(confirmedAt, ZoneOffset.UTC);
                int pending = 0;
                for (String address : addresses) {
                    String id = UUID.randomUUID().toString();
                    subscriber.setString(1, id);
                    subscriber.setString(2, address);
                    subscriber.setString(3, address.toLowerCase(Locale.ROOT));
                    for (int column = 4; column <= 7; column++) {
                        subscriber.setObject(column, at);
                    }
                    subscriber.addBatch();
                    category.setString(1, id);
                    category.setString(2, categorySlug);
                    category.addBatch();
                    if (++pending == BATCH) {
                        subscriber.executeBatch();
                        category.executeBatch();
                        pending = 0;
                    }
                }
                subscriber.executeBatch();
                category.executeBatch();
            }
            connection.commit();
        }
    }
}
