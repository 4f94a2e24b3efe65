package org.healthjournal.pipeline.bench.stages.startup;

import java.time.Duration;
import java.util.Collection;

/**
 * CPU time (user and system) that processes have used so far, as the operating system reports it
 * ({@link ProcessHandle.Info#totalCpuDuration()}). Summed over a stack's processes at the moment it
 * is healthy, and divided by the cores, it is the shortest start the machine allows: a start that
 * needs 48 CPU-seconds cannot take less than 24 s on two cores, however it is ordered.
 */
final class ProcessCpu {

    private ProcessCpu() {
    }

    /** The CPU time of every process in {@code processes}; one that is gone or does not tell counts zero. */
    static Duration of(Collection<ProcessHandle> processes) {
        Duration total = Duration.ZERO;
        for (ProcessHandle process : processes) {
            total = total.plus(process.info().totalCpuDuration().orElse(Duration.ZERO));
        }
        return total;
    }

    /** The wall time {@code cpu} takes at the least when all {@code cores} work on it all the time. */
    static Duration shortestOn(Duration cpu, int cores) {
        return cpu.dividedBy(Math.max(1, cores));
    }
}
