package org.healthjournal.pipeline.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.healthjournal.pipeline.bench.report.ReportOutputs;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The bench in smoke mode, run by failsafe in {@code ./mvnw verify}: the real stack and every stage
 * with tiny counts, to prove that the documented full run still works. Its figures mean nothing and
 * its targets are not asserted; that every stage ran and reported is.
 */
class BenchSmokeIT {

    @Test
    void everyStageRunsOnTheRealStackAndTheReportIsWritten() throws Exception {
        Path out = Path.of(System.getProperty("bench.out.dir", "target/bench-report-ci"));
        BenchOptions options = BenchOptions.smoke(
                Path.of(System.getProperty("bench.services.dir", "target/services")),
                Path.of(System.getProperty("bench.data.dir", "target/bench-stack-it")), out);
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        PrintStream both = new PrintStream(new Tee(printed, System.out), true, StandardCharsets.UTF_8);
        List<Stage> stages = Bench.stages();

        int exit = Bench.run(options, stages, both);

        String log = printed.toString(StandardCharsets.UTF_8);
        JsonNode json = new ObjectMapper().readTree(out.resolve(ReportOutputs.JSON).toFile());
        assertThat(json.path("crashes").size()).as(log).isZero();
        assertThat(exit).as(log).isEqualTo(Bench.EXIT_PASS);
        for (Stage stage : stages) {
            assertThat(log).contains("bench: stage " + stage.name() + " done");
        }
        assertThat(json.path("rows").size()).as(log).isGreaterThanOrEqualTo(stages.size());
        for (JsonNode row : json.path("rows")) {
            assertThat(row.path("pipeline").path("median").isNumber()).as(row.toString()).isTrue();
        }
        assertThat(Files.readString(out.resolve(ReportOutputs.HTML))).contains("<svg");
    }

    /** Prints into the build log and keeps the text for the assertion messages. */
    private static final class Tee extends OutputStream {
        private final OutputStream first;
        private final OutputStream second;

        Tee(OutputStream first, OutputStream second) {
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
