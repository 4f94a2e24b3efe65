package org.healthjournal.pipeline.ops;

/** What scripts around the command can rely on; 64 and 69 are sysexits.h's EX_USAGE and EX_UNAVAILABLE. */
public final class ExitCodes {

    public static final int OK = 0;
    /** Understood but not done: an unknown dead-letter id, a missing topic, a failed send. */
    public static final int FAILED = 1;
    /** A bad command line. */
    public static final int USAGE = 64;
    /** Kafka could not be reached in time. */
    public static final int UNAVAILABLE = 69;

    private ExitCodes() {
    }
}
