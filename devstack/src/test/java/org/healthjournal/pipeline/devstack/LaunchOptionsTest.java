package org.healthjournal.pipeline.devstack;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LaunchOptionsTest {

    @Test
    void defaultsToDataDirectoryWithoutDemo() {
        LaunchOptions options = LaunchOptions.parse();

        assertThat(options.dataDir()).isEqualTo(Path.of("data"));
        assertThat(options.demo()).isFalse();
        assertThat(options.help()).isFalse();
    }

    @Test
    void readsDataDirectoryAndDemoInAnyOrder() {
        LaunchOptions options = LaunchOptions.parse("--demo", "--data-dir", "/tmp/stack");

        assertThat(options.dataDir()).isEqualTo(Path.of("/tmp/stack"));
        assertThat(options.demo()).isTrue();
    }

    @Test
    void acceptsDataDirectoryWithEqualsSign() {
        assertThat(LaunchOptions.parse("--data-dir=other").dataDir()).isEqualTo(Path.of("other"));
    }

    @Test
    void recognisesHelp() {
        assertThat(LaunchOptions.parse("--help").help()).isTrue();
        assertThat(LaunchOptions.parse("-h").help()).isTrue();
    }

    @Test
    void rejectsDataDirectoryWithoutValue() {
        assertThatThrownBy(() -> LaunchOptions.parse("--data-dir"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("--data-dir needs a directory");
        assertThatThrownBy(() -> LaunchOptions.parse("--data-dir", "--demo"))
                .hasMessageContaining("--data-dir needs a directory");
        assertThatThrownBy(() -> LaunchOptions.parse("--data-dir="))
                .hasMessageContaining("--data-dir needs a directory");
    }

    @Test
    void rejectsUnknownOption() {
        assertThatThrownBy(() -> LaunchOptions.parse("--port", "9000"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("unknown option: --port");
    }
}
