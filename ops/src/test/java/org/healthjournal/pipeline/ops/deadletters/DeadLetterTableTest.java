package org.healthjournal.pipeline.ops.deadletters;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.healthjournal.pipeline.ops.deadletters.DeadLetterFixture.deadLetter;

class DeadLetterTableTest {

    @Test
    void everyColumnStartsAtTheSamePlaceOnEveryLine() {
        List<String> lines = print(List.of(
                deadLetter("0:7", "publisher", "MalformedEventException: not JSON"),
                deadLetter("12:100345", "review-workflow", "IllegalStateException: no process")));

        assertThat(lines).hasSize(3);
        assertThat(lines.get(0)).startsWith("ID").contains("ORIGINAL TOPIC", "CONSUMER", "ARTICLE", "TYPE", "TIME", "ERROR");
        for (String title : List.of("ORIGINAL TOPIC", "CONSUMER", "ARTICLE", "ERROR")) {
            int column = lines.get(0).indexOf(title);
            assertThat(lines.get(1).charAt(column - 1)).as("before %s", title).isEqualTo(' ');
            assertThat(lines.get(1).charAt(column)).as("at %s", title).isNotEqualTo(' ');
            assertThat(lines.get(2).charAt(column)).as("at %s", title).isNotEqualTo(' ');
        }
        assertThat(lines.get(2)).contains("12:100345", "review-workflow", "article-12:100345", "ArticleApproved",
                "2025-03-01T10:15:30Z", "IllegalStateException: no process");
    }

    @Test
    void missingValuesShowAsDashAndAMissingTypeAsQuestionMark() {
        DeadLetter older = new DeadLetter(DeadLetterId.parse("0:3"), "editorial.published", null, null, "notifier",
                "boom", null, null, Instant.parse("2025-03-01T10:15:30Z"), null, null, List.of());

        String row = print(List.of(older)).get(1);

        assertThat(row.split(" +")).containsExactly(
                "0:3", "editorial.published", "-", "-", "notifier", "-", "?", "2025-03-01T10:15:30Z", "boom");
    }

    @Test
    void aMultiLineErrorStaysOnItsRow() {
        List<String> lines = print(List.of(deadLetter("0:1", "ingest-status", "Failure: first\n\tat somewhere\r\nlast")));

        assertThat(lines).hasSize(2);
        assertThat(lines.get(1)).endsWith("Failure: first at somewhere last");
    }

    private static List<String> print(List<DeadLetter> deadLetters) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        DeadLetterTable.print(deadLetters, new PrintStream(bytes, true, StandardCharsets.UTF_8));
        return bytes.toString(StandardCharsets.UTF_8).lines().toList();
    }
}
