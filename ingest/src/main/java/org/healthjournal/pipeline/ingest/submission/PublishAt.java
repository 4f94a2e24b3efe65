package org.healthjournal.pipeline.ingest.submission;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/** When the writer wants the page to go live: ISO-8601 with an offset ({@code 2026-03-01T09:00:00+01:00}). */
public final class PublishAt {

    private PublishAt() {
    }

    /** Empty when absent or not a date-time with an offset (the validator says which). */
    public static Optional<Instant> parse(String value) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(OffsetDateTime.parse(value.strip(), DateTimeFormatter.ISO_OFFSET_DATE_TIME).toInstant());
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
