package org.healthjournal.pipeline.notifier.delivery;

/**
 * How far mails got. {@code uncertain} counts rows of any status that may have reached the
 * server more than once (they were sent again with the same Message-ID).
 */
public record DeliveryCounts(long pending, long sent, long failed, long skipped, long uncertain, long suppressed) {

    public static final DeliveryCounts NONE = new DeliveryCounts(0, 0, 0, 0, 0, 0);

    /** Every mail of the announcement's audience, whatever became of it. */
    public long total() {
        return pending + sent + failed + skipped + suppressed;
    }
}
