package org.healthjournal.pipeline.support.kafka;

/** Kafka did not acknowledge an event in time; nothing may be reported as done. */
public class EventPublishException extends RuntimeException {

    public EventPublishException(String message, Throwable cause) {
        super(message, cause);
    }
}
