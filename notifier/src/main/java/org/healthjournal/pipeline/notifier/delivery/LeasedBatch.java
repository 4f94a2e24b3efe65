package org.healthjournal.pipeline.notifier.delivery;

import java.time.Instant;
import java.util.List;

/**
 * Delivery rows one sender owns until {@code leaseUntil}, in the order it sends them (article,
 * then subscriber id) — the order lease recovery relies on.
 */
public record LeasedBatch(String leaseOwner, Instant leaseUntil, List<PendingMail> mails) {

    public boolean isEmpty() {
        return mails.isEmpty();
    }
}
