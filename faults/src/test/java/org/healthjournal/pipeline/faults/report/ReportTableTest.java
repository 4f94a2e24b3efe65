package org.healthjournal.pipeline.faults.report;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ReportTableTest {

    @Test
    void printsOneAlignedRowPerScenarioWithMissedTargetsMarked() {
        ScenarioResult kills = new ScenarioResult("1 service kills", "kills", List.of(
                Figure.ratioOfOne("published/approved", 200, 200),
                Figure.exactly("duplicate mails", 0, 0)), Duration.ofSeconds(95), List.of("ingest SIGKILLed at +3 s"));
        ScenarioResult poison = new ScenarioResult("4 poison", "poison", List.of(
                Figure.countOf("dead letters/expected", 19, 20),
                Figure.ratioOfOne("published/approved", 100, 100)), Duration.ofSeconds(40), List.of());

        String printed = print(List.of(kills, poison));

        List<String> lines = printed.lines().toList();
        assertThat(lines.get(0)).startsWith("scenario").contains("published/approved", "duplicate mails",
                "dead letters/expected", "wall time", "result");
        assertThat(lines.get(2)).startsWith("1 service kills").contains("1.000", "95 s", "PASS");
        assertThat(lines.get(3)).startsWith("4 poison").contains("19/20 !", "FAIL");
        assertThat(lines.get(2).indexOf("|")).isEqualTo(lines.get(3).indexOf("|"));
        assertThat(lines.get(2).length()).isEqualTo(lines.get(3).length());
        assertThat(printed).contains("1 service kills: ingest SIGKILLed at +3 s", "FAILED: 4 poison");
    }

    @Test
    void aScenarioWithoutFiguresFails() {
        assertThat(new ScenarioResult("x", "x", List.of(), Duration.ZERO, List.of()).pass()).isFalse();
        assertThat(print(List.of())).contains("FAILED");
    }

    @Test
    void reportedFiguresAlwaysPass() {
        assertThat(Figure.reported("uncertain resends", "3").pass()).isTrue();
        assertThat(Figure.ratioOfOne("x", 0, 0).pass()).as("nothing expected is not a pass").isFalse();
        assertThat(Figure.atMostSeconds("stall", 10.0, 10).pass()).isTrue();
        assertThat(Figure.atMostSeconds("stall", 10.1, 10).pass()).isFalse();
    }

    private static String print(List<ScenarioResult> results) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ReportTable.print(results, new PrintStream(bytes, true, StandardCharsets.UTF_8));
        return bytes.toString(StandardCharsets.UTF_8);
    }
}
