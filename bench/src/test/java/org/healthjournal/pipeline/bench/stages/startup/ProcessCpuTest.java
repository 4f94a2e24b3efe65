package org.healthjournal.pipeline.bench.stages.startup;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ProcessCpuTest {

    @Test
    void thisJvmHasUsedCpuTime() {
        assertThat(ProcessCpu.of(List.of(ProcessHandle.current()))).isPositive();
    }

    @Test
    void aProcessThatIsGoneCountsZero() throws Exception {
        Process done = new ProcessBuilder("true").start();
        ProcessHandle handle = done.toHandle();
        done.waitFor();

        assertThat(ProcessCpu.of(List.of(handle))).isZero();
    }

    @Test
    void theShortestStartIsTheCpuTimeSpreadOverEveryCore() {
        assertThat(ProcessCpu.shortestOn(Duration.ofSeconds(48), 2)).isEqualTo(Duration.ofSeconds(24));
        assertThat(ProcessCpu.shortestOn(Duration.ofSeconds(48), 0)).isEqualTo(Duration.ofSeconds(48));
    }

    @Test
    void theStartupNoteSaysHowShortAStartCanBeOnThisMachine() {
        int cores = Runtime.getRuntime().availableProcessors();

        assertThat(StartupStage.shortestStartNote(List.of(40.0, 48.0, 50.0)))
                .startsWith("on " + cores + " cores a start using 48 CPU-s takes at least ")
                .endsWith(" s, however well its processes overlap");
    }
}
