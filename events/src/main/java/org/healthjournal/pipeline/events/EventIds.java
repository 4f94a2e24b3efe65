package org.healthjournal.pipeline.events;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

/**
 * Event ids for events derived from other events. Deriving the id from what caused the event
 * means a retried step emits the same id again, so consumers can drop the duplicate.
 */
public final class EventIds {

    private EventIds() {
    }

    public static UUID derived(String eventType, String... parts) {
        String name = eventType + ":" + String.join(":", parts);
        return UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8));
    }
}
