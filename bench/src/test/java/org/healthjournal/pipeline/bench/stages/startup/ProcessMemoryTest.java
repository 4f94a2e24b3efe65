package org.healthjournal.pipeline.bench.stages.startup;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ProcessMemoryTest {

    @Test
    void readsVmRssInKibFromProcStatus() {
        String status = """
                Name:\tjava
                VmPeak:\t 5000000 kB
                VmRSS:\t  312456 kB
                RssAnon:\t  200000 kB
                """;

        assertThat(ProcessMemory.vmRssKib(status)).hasValue(312_456);
    }

    @Test
    void aProcessWithoutVmRssHasNone() {
        assertThat(ProcessMemory.vmRssKib("Name:\tkthreadd\nState:\tS (sleeping)\n")).isEmpty();
    }

    @Test
    void sumsThisJvmOnceEvenWhenNamedTwice() {
        long self = ProcessHandle.current().pid();

        ProcessMemory.Tree tree = ProcessMemory.of(List.of(self, self));

        assertThat(tree.pids()).containsOnlyOnce(self);
        assertThat(tree.kib()).isCloseTo(ProcessMemory.rssKib(self).orElseThrow(), org.assertj.core.data.Offset.offset(64 * 1024L));
        assertThat(tree.mebibytes()).isEqualTo(tree.kib() / 1024.0);
    }

    @Test
    void aProcessThatIsGoneCountsNothing() {
        assertThat(ProcessMemory.of(List.of(Long.MAX_VALUE - 1)).kib()).isZero();
    }
}
