package org.healthjournal.pipeline.faults;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SuiteOptionsTest {

    private static final SuiteOptions FULL = SuiteOptions.full(Path.of("target"));

    @Test
    void defaultsAreTheIssuesFullRun() {
        assertThat(FULL.articles()).isEqualTo(200);
        assertThat(FULL.subscribers()).isEqualTo(50);
        assertThat(FULL.brokerDown()).isEqualTo(Duration.ofSeconds(20));
        assertThat(FULL.smtpDown()).isEqualTo(Duration.ofSeconds(60));
        assertThat(FULL.report()).isEqualTo(Path.of("target", "fault-report.json"));
    }

    @Test
    void optionsOverrideTheDefaults() {
        SuiteOptions options = SuiteOptions.parse(new String[]{"--articles", "20", "--subscribers", "5",
                "--broker-down", "7", "--smtp-down", "9", "--report", "out.json"}, FULL);

        assertThat(options.articles()).isEqualTo(20);
        assertThat(options.poisonArticles()).isEqualTo(10);
        assertThat(options.subscribers()).isEqualTo(5);
        assertThat(options.brokerDown()).isEqualTo(Duration.ofSeconds(7));
        assertThat(options.smtpDown()).isEqualTo(Duration.ofSeconds(9));
        assertThat(options.report()).isEqualTo(Path.of("out.json"));
    }

    @Test
    void refusesUnknownOptionsAndBadNumbers() {
        assertThatThrownBy(() -> SuiteOptions.parse(new String[]{"--speed", "2"}, FULL))
                .hasMessageContaining("unknown option --speed");
        assertThatThrownBy(() -> SuiteOptions.parse(new String[]{"--articles", "0"}, FULL))
                .hasMessageContaining("at least 1");
        assertThatThrownBy(() -> SuiteOptions.parse(new String[]{"--articles"}, FULL))
                .hasMessageContaining("missing value");
    }

    @Test
    void badOptionsExitWith64BeforeStartingAnything() {
        java.io.ByteArrayOutputStream err = new java.io.ByteArrayOutputStream();
        int exit = FaultSuite.run(new String[]{"--nope", "1"}, System.out, new java.io.PrintStream(err, true));

        assertThat(exit).isEqualTo(FaultSuite.EXIT_USAGE);
        assertThat(err.toString()).contains("unknown option --nope", "usage:");
    }
}
