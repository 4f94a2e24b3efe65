package org.healthjournal.pipeline.devstack;

/** The local stack could not be started; the message says why in words a developer can act on. */
public class StackStartException extends RuntimeException {

    public StackStartException(String message) {
        super(message);
    }

    public StackStartException(String message, Throwable cause) {
        super(message, cause);
    }
}
