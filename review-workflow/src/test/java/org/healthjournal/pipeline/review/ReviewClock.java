package org.healthjournal.pipeline.review;

import org.flowable.engine.ManagementService;
import org.flowable.engine.ProcessEngineConfiguration;
import org.flowable.engine.RuntimeService;
import org.flowable.engine.runtime.ProcessInstance;
import org.flowable.job.api.Job;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;

/**
 * Moves Flowable's clock and runs the timers that are then due, as the async executor would (it is
 * off in the tests): time passes in a test without waiting.
 */
public record ReviewClock(ProcessEngineConfiguration engine, ManagementService management) {

    public Instant now() {
        return engine.getClock().getCurrentTime().toInstant();
    }

    /** Moves the clock forward and fires the process instance's timers due by then; returns how many fired. */
    public int advance(Duration duration, String processInstanceId) {
        engine.getClock().setCurrentTime(Date.from(now().plus(duration)));
        List<Job> due = management.createTimerJobQuery().processInstanceId(processInstanceId).executable().list();
        for (Job timer : due) {
            Job executable = management.moveTimerToExecutableJob(timer.getId());
            management.executeJob(executable.getId());
        }
        return due.size();
    }

    /** Moves the clock forward and fires the timers of every running process about the article. */
    public int advanceForArticle(Duration duration, RuntimeService runtime, String articleId) {
        engine.getClock().setCurrentTime(Date.from(now().plus(duration)));
        int fired = 0;
        for (ProcessInstance process : runtime.createProcessInstanceQuery().processInstanceBusinessKey(articleId).list()) {
            for (Job timer : management.createTimerJobQuery().processInstanceId(process.getId()).executable().list()) {
                management.executeJob(management.moveTimerToExecutableJob(timer.getId()).getId());
                fired++;
            }
        }
        return fired;
    }

    /** Back to real time. */
    public void reset() {
        engine.getClock().reset();
    }
}
