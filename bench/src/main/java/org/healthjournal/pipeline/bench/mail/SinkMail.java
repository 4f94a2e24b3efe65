package org.healthjournal.pipeline.bench.mail;

import java.nio.file.Path;
import java.util.List;

/**
 * One message smtp-sink took, as its dump file shows it.
 *
 * @param recipients the envelope recipients ({@code RCPT TO}), without angle brackets
 * @param seenNanos  {@link System#nanoTime()} when the bench first found the message complete
 */
public record SinkMail(Path file, List<String> recipients, String subject, long sizeBytes, long seenNanos) {

    public boolean isTo(String address) {
        return recipients.stream().anyMatch(address::equalsIgnoreCase);
    }
}
