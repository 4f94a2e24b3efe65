package org.healthjournal.pipeline.bench;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class BenchOptionsTest {

    private final BenchOptions full = BenchOptions.full(Path.of("target"));

    @Test
    void theFullRunUsesTheIssuesCountsAndFiveRepetitions() {
        assertThat(full.smoke()).isFalse();
        assertThat(full.repetitions()).isEqualTo(5);
        assertThat(full.clients()).isEqualTo(16);
        assertThat(full.subscribers()).isEqualTo(10_000);
        assertThat(full.rebuildPages()).isEqualTo(5_000);
        assertThat(full.endToEndArticles()).isEqualTo(200);
        assertThat(full.serviceJvmOptions()).doesNotContain("-XX:TieredStopAtLevel=1");
    }

    @Test
    void smokeKeepsTheFoldersAndRepetitionsGivenAfterIt() {
        BenchOptions options = BenchOptions.parse(
                new String[]{"--out", "/tmp/r", "--smoke", "--repetitions", "2", "--stages", "ingest,health"}, full);

        assertThat(options.smoke()).isTrue();
        assertThat(options.outDir()).isEqualTo(Path.of("/tmp/r"));
        assertThat(options.repetitions()).isEqualTo(2);
        assertThat(options.subscribers()).isLessThan(100);
        assertThat(options.runs("health")).isTrue();
        assertThat(options.runs("fanout")).isFalse();
    }

    @Test
    void everyStageRunsWhenNoneAreNamed() {
        assertThat(full.runs("fanout")).isTrue();
    }

    @Test
    void badOptionsAreNamed() {
        assertThatThrownBy(() -> BenchOptions.parse(new String[]{"--repetitions", "0"}, full))
                .hasMessageContaining("--repetitions");
        assertThatThrownBy(() -> BenchOptions.parse(new String[]{"--fast"}, full))
                .hasMessageContaining("--fast");
        assertThatThrownBy(() -> BenchOptions.parse(new String[]{"--help"}, full))
                .isInstanceOf(BenchOptions.HelpRequested.class);
    }
}
