package org.healthjournal.pipeline.publisher.site;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Dates as readers read them ("24 November 2026") and as machines do ({@code <time datetime>}). */
public final class DisplayDates {

    private static final DateTimeFormatter READABLE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH)
            .withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter ISO_DATE = DateTimeFormatter.ISO_LOCAL_DATE.withZone(ZoneOffset.UTC);

    public String readable(Instant instant) {
        return READABLE.format(instant);
    }

    public String iso(Instant instant) {
        return ISO_DATE.format(instant);
    }

    /** The exact moment, to the second, as Open Graph wants it ("2026-11-24T13:24:01Z"). */
    public String instant(Instant instant) {
        return instant.truncatedTo(java.time.temporal.ChronoUnit.SECONDS).toString();
    }
}
