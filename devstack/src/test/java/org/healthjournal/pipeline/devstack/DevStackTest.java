package org.healthjournal.pipeline.devstack;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class DevStackTest {

    private final ByteArrayOutputStream output = new ByteArrayOutputStream();
    private final DevStack devStack = new DevStack(new PrintStream(output, true, StandardCharsets.UTF_8));

    @Test
    void printsUsageForHelpAndExitsZero() {
        int exitCode = devStack.run("--help");

        assertThat(exitCode).isZero();
        assertThat(console()).contains("Usage: java -jar devstack/target/devstack.jar", "--data-dir", "--demo");
    }

    @Test
    void exitsNonZeroWithUsageForUnknownOption() {
        int exitCode = devStack.run("--verbose");

        assertThat(exitCode).isEqualTo(DevStack.EXIT_USAGE);
        assertThat(console()).contains("unknown option: --verbose", "Usage:");
    }

    @Test
    void takenPortGivesClearErrorAndNonZeroExitBeforeAnythingStarts(@TempDir Path dataDir) throws IOException {
        try (ServerSocket taken = new ServerSocket()) {
            taken.bind(new InetSocketAddress(0));
            int port = taken.getLocalPort();
            StackSettings settings = StackSettings.builder()
                    .ports(StackPorts.allFree().with(StackPort.MAIL_PAGE, port))
                    .dataDir(dataDir)
                    .servicesDir(dataDir.resolve("no-services"))
                    .build();

            int exitCode = devStack.runUntilShutdown(settings);

            assertThat(exitCode).isEqualTo(DevStack.EXIT_FAILED);
            assertThat(console()).contains("Port " + port + " is already in use", "the mail web page needs it");
            try (var created = Files.list(dataDir)) {
                assertThat(created).as("nothing was started or written").isEmpty();
            }
        }
    }

    @Test
    void missingServiceJarsGiveBuildHintAndNonZeroExit(@TempDir Path dataDir) {
        StackSettings settings = StackSettings.builder()
                .allFreePorts()
                .dataDir(dataDir)
                .servicesDir(dataDir.resolve("no-services"))
                .build();

        int exitCode = devStack.runUntilShutdown(settings);

        assertThat(exitCode).isEqualTo(DevStack.EXIT_FAILED);
        assertThat(console()).contains("No runnable service jar for ingest", "./mvnw -q -DskipTests package");
    }

    private String console() {
        return output.toString(StandardCharsets.UTF_8);
    }
}
