package org.healthjournal.pipeline.ops.deadletters;

import org.healthjournal.pipeline.ops.ExitCodes;
import org.healthjournal.pipeline.ops.OpsException;

/** A replay that is not even started because part of it could not be done as asked. */
public class ReplayRefusedException extends OpsException {

    public ReplayRefusedException(String reason) {
        super(reason + "; nothing replayed");
    }

    @Override
    public int exitCode() {
        return ExitCodes.FAILED;
    }
}
