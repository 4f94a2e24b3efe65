package org.healthjournal.pipeline.events;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

final class EventTypes {

    private EventTypes() {
    }

    /** Fills in the type of a record built in code and refuses a record that claims another type. */
    static String require(String expected, String given) {
        if (given != null && !given.equals(expected)) {
            throw new IllegalArgumentException("eventType must be " + expected + " but was " + given);
        }
        return expected;
    }

    /** The only schema version of every event type so far. */
    static final int CURRENT_SCHEMA_VERSION = 1;

    /** Fills in the version of a record built in code and refuses one this code cannot read. */
    static int schemaVersion(int given) {
        if (given > CURRENT_SCHEMA_VERSION) {
            throw new IllegalArgumentException("schemaVersion " + given + " is not known here (this reader knows "
                    + CURRENT_SCHEMA_VERSION + ")");
        }
        return given <= 0 ? CURRENT_SCHEMA_VERSION : given;
    }

    /** What every event must carry, whatever its type. */
    static void requireMetadata(UUID eventId, String articleId, int articleVersion,
            Instant occurredAt) {
        notNull(eventId, "eventId");
        notNull(articleId, "articleId");
        notNull(occurredAt, "occurredAt");
        if (articleVersion < 1) {
            throw new IllegalArgumentException("articleVersion must be 1 or more but was " + articleVersion);
        }
    }

    static <T> T notNull(T value, String field) {
        return Objects.requireNonNull(value, field + " is required");
    }
}
