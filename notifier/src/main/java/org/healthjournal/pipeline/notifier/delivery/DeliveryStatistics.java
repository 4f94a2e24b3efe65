package org.healthjournal.pipeline.notifier.delivery;

/**
 * One article's announcement in numbers ({@code GET /api/deliveries/{articleId}}).
 *
 * @param audience every subscriber the announcement was for
 * @param uncertain mails (of any outcome) that may have reached the server twice
 * @param skipped not sent because the subscriber left before its turn
 * @param suppressed not sent because the address was suppressed after permanent refusals
 */
public record DeliveryStatistics(String articleId, long audience, long sent, long failed, long uncertain,
        long suppressed, long skipped, long pending) {

    static DeliveryStatistics of(String articleId, DeliveryCounts counts) {
        return new DeliveryStatistics(articleId, counts.total(), counts.sent(), counts.failed(), counts.uncertain(),
                counts.suppressed(), counts.skipped(), counts.pending());
    }
}
