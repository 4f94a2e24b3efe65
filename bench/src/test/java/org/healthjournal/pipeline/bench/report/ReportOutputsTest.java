package org.healthjournal.pipeline.bench.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.healthjournal.pipeline.bench.BenchReport;
import org.healthjournal.pipeline.bench.Figure;
import org.healthjournal.pipeline.bench.Machine;
import org.healthjournal.pipeline.bench.Row;
import org.healthjournal.pipeline.bench.Target;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class ReportOutputsTest {

    private static final Instant STARTED = Instant.parse("2026-12-03T08:00:00Z");

    private final Row ingest = Row.withFloor("ingest accept", "drafts/s through HTTP, 16 clients",
            Figure.of("drafts/s", 900, 850, 1000), "plain KafkaProducer", Figure.of("drafts/s", 6000, 3800, 13600),
            Target.ratioAtLeast(0.1), "median answer 12 ms");
    private final Row health = Row.alone("health", "GET /actuator/health <ingest>", Figure.of("ms", 80),
            Target.atMost(50));

    @Test
    void theTableShowsMedianRangeFloorRatioTargetAndVerdict() {
        String table = ReportTable.render(report(List.of(ingest, health), Map.of()));

        assertThat(table).contains("Measured 2026-12-03 08:00 UTC on 2 cores")
                .contains("| ingest accept | drafts/s through HTTP, 16 clients | 900 drafts/s (850–1,000) "
                        + "| plain KafkaProducer | 6,000 drafts/s (3,800–13,600) | 0.15× | ≥ 0.10× floor | yes |")
                .contains("| health | GET /actuator/health <ingest> | 80 ms | — | — | — | ≤ 50 ms | **no** |");
    }

    @Test
    void aCrashedStageIsARowThatFailed() {
        BenchReport report = report(List.of(ingest), Map.of("fanout", "java.io.IOException: smtp-sink not found"));

        assertThat(ReportTable.render(report)).contains("| fanout | crashed: java.io.IOException: smtp-sink not found");
        assertThat(report.pass()).isFalse();
    }

    @Test
    void theJsonKeepsEverySampleAndTheVerdicts() throws Exception {
        JsonNode json = new ObjectMapper().readTree(ReportJson.of(report(List.of(ingest, health), Map.of())).toString());

        assertThat(json.path("pass").asBoolean()).isFalse();
        assertThat(json.path("machine").path("cores").asText()).isEqualTo("2");
        JsonNode first = json.path("rows").get(0);
        assertThat(first.path("pipeline").path("samples")).hasSize(3);
        assertThat(first.path("floor").path("label").asText()).isEqualTo("plain KafkaProducer");
        assertThat(first.path("ratio").asDouble()).isEqualTo(0.15);
        assertThat(first.path("met").asBoolean()).isTrue();
        assertThat(json.path("rows").get(1).has("floor")).isFalse();
    }

    @Test
    void theHtmlIsSelfContainedEscapedAndHasAChartPerRow() {
        Row hostile = Row.alone("<script>alert(1)</script>", "x", Figure.of("ms", 1), Target.reported());

        String html = HtmlReport.render(report(List.of(ingest, health, hostile), Map.of()));

        assertThat(html).startsWith("<!DOCTYPE html>")
                .doesNotContain("<script")
                .contains("&lt;script&gt;alert(1)&lt;/script&gt;")
                .contains("GET /actuator/health &lt;ingest&gt;")
                .doesNotContain("src=\"http", "href=\"http", "@import");
        assertThat(html.split("<svg", -1)).hasSize(1 + 1 + 3);
    }

    @Test
    void allThreeFilesAreWrittenAndTheTableIsPrinted(@TempDir Path dir) throws Exception {
        ByteArrayOutputStream printed = new ByteArrayOutputStream();

        ReportOutputs.writeAll(report(List.of(ingest), Map.of()), dir.resolve("out"),
                new PrintStream(printed, true, StandardCharsets.UTF_8));

        assertThat(dir.resolve("out").resolve(ReportOutputs.MARKDOWN)).exists();
        assertThat(dir.resolve("out").resolve(ReportOutputs.JSON)).exists();
        assertThat(Files.readString(dir.resolve("out").resolve(ReportOutputs.HTML))).contains("<svg");
        assertThat(printed.toString(StandardCharsets.UTF_8)).contains("| ingest accept |", "every target held");
    }

    private static BenchReport report(List<Row> rows, Map<String, String> crashes) {
        Map<String, String> settings = new LinkedHashMap<>();
        settings.put("repetitions", "3");
        settings.put("clients", "16");
        return new BenchReport(STARTED, Duration.ofSeconds(42), new Machine(2, 24L << 30, "OpenJDK 17", "Linux"),
                settings, rows, crashes, false);
    }
}
