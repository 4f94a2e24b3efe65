package org.healthjournal.pipeline.ops.deadletters;

import org.healthjournal.pipeline.ops.ExitCodes;
import org.healthjournal.pipeline.ops.OpsException;

/** Kafka did not acknowledge a replayed record; those printed before it were replayed. */
public class ReplayFailedException extends OpsException {

    public ReplayFailedException(DeadLetter deadLetter, Throwable cause) {
        super("replaying " + deadLetter.id() + " to " + deadLetter.originalTopic() + " failed ("
                + cause.getClass().getSimpleName() + ": " + cause.getMessage() + "); it stays on the dead-letter topic",
                cause);
    }

    @Override
    public int exitCode() {
        return ExitCodes.FAILED;
    }
}
