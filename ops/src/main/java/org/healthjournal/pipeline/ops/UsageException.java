package org.healthjournal.pipeline.ops;

/** A command line that makes no sense: answered with the usage text and exit code 64. */
public class UsageException extends RuntimeException {

    public UsageException(String message) {
        super(message);
    }
}
