package org.healthjournal.pipeline.notifier.bounces;

import org.healthjournal.pipeline.notifier.NotifierProperties;
import org.healthjournal.pipeline.notifier.delivery.Deliveries;
import org.healthjournal.pipeline.notifier.subscriptions.EmailAddresses;
import org.healthjournal.pipeline.notifier.subscriptions.Subscribers;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.time.Instant;
import java.util.List;

/**
 * Counts bounces reported by mail (DSNs in the bounce mailbox) against subscribers' addresses, like
 * the senders count permanent SMTP refusals: at {@code pipeline.notifier.sender.suppress-after-bounces}
 * the address is suppressed.
 */
@Component
class BouncedAddresses {

    private static final Logger log = LoggerFactory.getLogger(BouncedAddresses.class);

    private final Subscribers subscribers;
    private final Deliveries deliveries;
    private final int threshold;

    BouncedAddresses(Subscribers subscribers, Deliveries deliveries, NotifierProperties properties) {
        this.subscribers = subscribers;
        this.deliveries = deliveries;
        this.threshold = properties.sender().suppressAfterBounces();
    }

    /** @return how many of the addresses belong to subscribers */
    @Transactional
    int record(List<String> addresses) {
        int known = 0;
        for (String address : addresses) {
            var subscriber = subscribers.findByMailbox(EmailAddresses.key(address));
            if (subscriber.isEmpty()) {
                log.info("a bounce for an address no one subscribed with; ignored");
                continue;
            }
            known++;
            String id = subscriber.get().id();
            if (deliveries.countBounce(id, threshold, Instant.now())) {
                log.warn("subscriber {} suppressed after {} bounces: no more article mails are sent to the address",
                        id, threshold);
            } else {
                log.info("bounce counted for subscriber {}", id);
            }
        }
        return known;
    }
}
