package org.healthjournal.pipeline.ops.deadletters;

import java.io.PrintStream;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * Dead letters as an aligned table for a terminal. The error comes last because it is the long
 * column: it is shown whole (the operator needs all of it) without pushing the others apart.
 * Missing values are {@code -}; a missing event type is {@code ?}.
 */
public final class DeadLetterTable {

    private static final String MISSING = "-";
    private static final String GAP = "  ";

    private static final List<Column> COLUMNS = List.of(
            new Column("ID", deadLetter -> deadLetter.id().toString()),
            new Column("ORIGINAL TOPIC", deadLetter -> orMissing(deadLetter.originalTopic())),
            new Column("PARTITION", deadLetter -> orMissing(deadLetter.originalPartition())),
            new Column("OFFSET", deadLetter -> orMissing(deadLetter.originalOffset())),
            new Column("CONSUMER", deadLetter -> orMissing(deadLetter.consumer())),
            new Column("ARTICLE", deadLetter -> orMissing(deadLetter.articleId())),
            new Column("TYPE", deadLetter -> Objects.requireNonNullElse(deadLetter.eventType(), "?")),
            new Column("TIME", deadLetter -> deadLetter.failedAt().truncatedTo(ChronoUnit.SECONDS).toString()),
            new Column("ERROR", deadLetter -> orMissing(deadLetter.error())));

    private DeadLetterTable() {
    }

    public static void print(List<DeadLetter> deadLetters, PrintStream out) {
        List<List<String>> rows = new ArrayList<>();
        rows.add(COLUMNS.stream().map(Column::title).toList());
        for (DeadLetter deadLetter : deadLetters) {
            rows.add(COLUMNS.stream().map(column -> oneLine(column.value().apply(deadLetter))).toList());
        }
        int[] widths = new int[COLUMNS.size()];
        for (List<String> row : rows) {
            for (int i = 0; i < widths.length; i++) {
                widths[i] = Math.max(widths[i], row.get(i).length());
            }
        }
        for (List<String> row : rows) {
            StringBuilder line = new StringBuilder();
            for (int i = 0; i < widths.length; i++) {
                boolean last = i == widths.length - 1;
                line.append(last ? row.get(i) : pad(row.get(i), widths[i]) + GAP);
            }
            out.println(line.toString().stripTrailing());
        }
    }

    private static String orMissing(Object value) {
        return value == null ? MISSING : value.toString();
    }

    /** Stack-trace-like messages and odd keys would break the rows apart. */
    private static String oneLine(String text) {
        return text.replaceAll("\\p{Cntrl}+", " ").strip();
    }

    private static String pad(String text, int width) {
        return text + " ".repeat(width - text.length());
    }

    private record Column(String title, Function<DeadLetter, String> value) {
    }
}
