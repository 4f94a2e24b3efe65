package org.healthjournal.pipeline.notifier.delivery;

import org.healthjournal.pipeline.notifier.WakeUpSignal;
import org.springframework.stereotype.Component;

/** Wakes idle article-mail senders when new ledger rows were committed. */
@Component
public class DeliveryWakeUp extends WakeUpSignal {
}
