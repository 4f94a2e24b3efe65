package org.healthjournal.pipeline.ops;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The command line is checked before Kafka is contacted: none of these needs a broker. */
class OpsCommandTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @Test
    void helpPrintsUsageAndSucceeds() {
        int exit = run("--help");

        assertThat(exit).isZero();
        assertThat(out()).contains("dead-letters list", "dead-letters replay", "--bootstrap", "--consumer", "--all");
        assertThat(err()).isEmpty();
    }

    @Test
    void helpAfterACommandStillOnlyPrintsUsage() {
        assertThat(run("dead-letters", "replay", "-h")).isZero();
        assertThat(out()).startsWith("Usage:");
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "",
            "dead-letter list",
            "dead-letters",
            "dead-letters lst",
            "dead-letters list --verbose",
            "dead-letters list 0:1",
            "dead-letters list --all",
            "dead-letters list --json=yes",
            "dead-letters list --bootstrap",
            "dead-letters list --bootstrap --json",
            "dead-letters list --topic=",
            "dead-letters replay",
            "dead-letters replay --json 0:1",
            "dead-letters replay --consumer publisher",
            "dead-letters replay 0:1 --all",
            "dead-letters replay 17",
            "dead-letters replay 0:x",
            "dead-letters replay -1:3",
    })
    void aBadCommandLineExits64WithTheReasonAndTheUsage(String commandLine) {
        int exit = run(commandLine.isEmpty() ? new String[0] : commandLine.split(" "));

        assertThat(exit).isEqualTo(64);
        assertThat(err()).startsWith("pipeline-ops: ").contains("Usage:");
        assertThat(out()).isEmpty();
    }

    @Test
    void aMalformedIdIsNamedInTheMessage() {
        run("dead-letters", "replay", "0:1", "banana");

        assertThat(err()).contains("not a dead-letter id (PARTITION:OFFSET, e.g. 0:17): banana");
    }

    @Test
    void theBootstrapDefaultsToTheServicesVariableThenLocalhost() {
        assertThat(OpsCommand.defaultBootstrapServers(Map.of("KAFKA_BOOTSTRAP_SERVERS", "kafka:9092")))
                .isEqualTo("kafka:9092");
        assertThat(OpsCommand.defaultBootstrapServers(Map.of("KAFKA_BOOTSTRAP_SERVERS", " ")))
                .isEqualTo("localhost:9092");
        assertThat(OpsCommand.defaultBootstrapServers(Map.of())).isEqualTo("localhost:9092");
    }

    private int run(String... args) {
        return OpsCommand.run(args, stream(out), stream(err), Map.of());
    }

    private static PrintStream stream(ByteArrayOutputStream bytes) {
        return new PrintStream(bytes, true, StandardCharsets.UTF_8);
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }
}
