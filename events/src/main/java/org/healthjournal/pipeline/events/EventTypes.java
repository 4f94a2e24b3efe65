package org.healthjournal.pipeline.events;

import java.util.Objects;

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

    static int schemaVersion(int given) {
        return given <= 0 ? 1 : given;
    }

    static <T> T notNull(T value, String field) {
        return Objects.requireNonNull(value, field + " is required");
    }
}
