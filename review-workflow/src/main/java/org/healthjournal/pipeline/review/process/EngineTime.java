package org.healthjournal.pipeline.review.process;

import org.flowable.engine.delegate.DelegateExecution;
import org.flowable.engine.impl.util.CommandContextUtil;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * The engine's clock, which drives its timers: steps that date what they do read it, so a test that
 * moves Flowable's clock sees consistent dates on timers and events.
 */
final class EngineTime {

    private EngineTime() {
    }

    static Instant now(DelegateExecution execution) {
        return CommandContextUtil.getProcessEngineConfiguration().getClock().getCurrentTime().toInstant()
                .truncatedTo(ChronoUnit.MILLIS);
    }
}
