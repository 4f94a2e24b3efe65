package org.healthjournal.pipeline.events;

/** A record on an event topic that cannot be read as an article event: a poison message. */
public class MalformedEventException extends RuntimeException {

    public MalformedEventException(String message, Throwable cause) {
        super(message, cause);
    }
}
