package org.healthjournal.pipeline.ops.deadletters;

import org.healthjournal.pipeline.ops.ExitCodes;
import org.healthjournal.pipeline.ops.OpsException;

import java.util.List;
import java.util.stream.Collectors;

/** An id that is not on the dead-letter topic (mistyped, or already removed by retention). */
public class UnknownDeadLetterException extends OpsException {

    public UnknownDeadLetterException(List<DeadLetterId> ids) {
        super("no dead letter " + ids.stream().map(DeadLetterId::toString).collect(Collectors.joining(", "))
                + " (see: dead-letters list); nothing replayed");
    }

    @Override
    public int exitCode() {
        return ExitCodes.FAILED;
    }
}
