package org.healthjournal.pipeline.support.kafka;

/**
 * An event that can never be processed, however often it is retried (its content breaks a rule
 * the producer should have enforced). It goes to the dead-letter topic at once, where an operator
 * can read why and replay it once the cause is fixed. Anything else a handler throws is treated
 * as transient and retried.
 */
public class UnprocessableEventException extends RuntimeException {

    public UnprocessableEventException(String message) {
        super(message);
    }

    public UnprocessableEventException(String message, Throwable cause) {
        super(message, cause);
    }
}
