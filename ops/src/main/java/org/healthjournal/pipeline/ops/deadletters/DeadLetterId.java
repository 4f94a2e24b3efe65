package org.healthjournal.pipeline.ops.deadletters;

import java.util.Comparator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A dead letter's place on the dead-letter topic, written {@code PARTITION:OFFSET} (e.g. {@code 0:17}):
 * unique and stable for as long as the record is retained, so an operator can list, then replay
 * exactly what they looked at.
 */
public record DeadLetterId(int partition, long offset) implements Comparable<DeadLetterId> {

    private static final Pattern FORMAT = Pattern.compile("(\\d{1,9}):(\\d{1,18})");
    private static final Comparator<DeadLetterId> ORDER =
            Comparator.comparingInt(DeadLetterId::partition).thenComparingLong(DeadLetterId::offset);

    /** @throws IllegalArgumentException if the text is not {@code PARTITION:OFFSET} */
    public static DeadLetterId parse(String text) {
        Matcher matcher = FORMAT.matcher(text);
        if (!matcher.matches()) {
            throw new IllegalArgumentException("not a dead-letter id (PARTITION:OFFSET, e.g. 0:17): " + text);
        }
        return new DeadLetterId(Integer.parseInt(matcher.group(1)), Long.parseLong(matcher.group(2)));
    }

    @Override
    public int compareTo(DeadLetterId other) {
        return ORDER.compare(this, other);
    }

    @Override
    public String toString() {
        return partition + ":" + offset;
    }
}
