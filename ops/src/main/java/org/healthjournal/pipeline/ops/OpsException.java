package org.healthjournal.pipeline.ops;

/**
 * A command that was understood but could not be carried out. The message is shown to the
 * operator as it is, so it says what went wrong in their terms; the exit code tells scripts.
 */
public abstract class OpsException extends RuntimeException {

    protected OpsException(String message) {
        super(message);
    }

    protected OpsException(String message, Throwable cause) {
        super(message, cause);
    }

    public abstract int exitCode();
}
