package org.healthjournal.pipeline.faults;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The short version of the fault suite, run by failsafe in {@code ./mvnw verify}: the real stack,
 * every fault (four service kills, a broker outage, an SMTP outage, poison on every topic, one
 * dead-letter replay) with a handful of articles and subscribers.
 */
class FaultSuiteIT {

    @Test
    void everyFigureMeetsItsTargetUnderEveryFault() throws Exception {
        Path report = Path.of(System.getProperty("faults.report", "target/fault-report-ci.json"));
        SuiteOptions options = SuiteOptions.ci(
                Path.of(System.getProperty("faults.services.dir", "target/services")),
                Path.of(System.getProperty("faults.data.dir", "target/fault-stack-it")),
                report);
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        PrintStream both = new PrintStream(new TeeStream(printed, System.out), true, StandardCharsets.UTF_8);

        int exit = FaultSuite.run(options, FaultSuite.scenarios(), both);

        String table = printed.toString(StandardCharsets.UTF_8);
        assertThat(table).contains("1 service kills", "2 broker outage", "3 SMTP outage", "4 poison records",
                "5 dead-letter replay");
        JsonNode json = new ObjectMapper().readTree(report.toFile());
        assertThat(json.path("scenarios")).hasSize(5);
        assertThat(exit).as(table).isEqualTo(FaultSuite.EXIT_PASS);
        assertThat(json.path("pass").asBoolean()).isTrue();
    }

    /** Prints the table into the build log and keeps it for the assertion message. */
    private static final class TeeStream extends java.io.OutputStream {
        private final java.io.OutputStream first;
        private final java.io.OutputStream second;

        TeeStream(java.io.OutputStream first, java.io.OutputStream second) {
            this.first = first;
            this.second = second;
        }

        @Override
        public void write(int b) throws java.io.IOException {
            first.write(b);
            second.write(b);
        }

        @Override
        public void write(byte[] bytes, int offset, int length) throws java.io.IOException {
            first.write(bytes, offset, length);
            second.write(bytes, offset, length);
        }
    }
}
