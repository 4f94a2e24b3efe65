package org.healthjournal.pipeline.notifier.delivery;

import java.util.List;

/** Recipients whose delivery rows were committed together under one claim id. */
public record ClaimedBatch(String claimId, String articleId, List<Recipient> recipients) {

    public boolean isEmpty() {
        return recipients.isEmpty();
    }
}
