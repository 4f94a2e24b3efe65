package org.healthjournal.pipeline.notifier.staff;

import org.healthjournal.pipeline.notifier.WakeUpSignal;
import org.springframework.stereotype.Component;

/** Wakes the staff notification sender when a mail was queued. */
@Component
class StaffNotificationWakeUp extends WakeUpSignal {
}
