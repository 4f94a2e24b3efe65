package org.healthjournal.pipeline.notifier.subscriptions;

import org.healthjournal.pipeline.notifier.WakeUpSignal;
import org.springframework.stereotype.Component;

/** Wakes the confirmation sender when a request was committed, so a reader's mail goes out at once. */
@Component
class ConfirmationWakeUp extends WakeUpSignal {
}
