package org.healthjournal.pipeline.content.checks;

import org.healthjournal.pipeline.content.MarkdownDraftParser;
import org.healthjournal.pipeline.content.ReadingTime;
import org.healthjournal.pipeline.events.ArticleContent;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * How long checking one 1,500-word draft takes once warm. A plain main, not a test, so no build
 * depends on the machine's speed:
 * <pre>
 * ./mvnw -q -pl content -am test-compile
 * java -cp "content/target/test-classes:content/target/classes:$(cat content/target/test.classpath)" \
 *   org.healthjournal.pipeline.content.checks.DraftCheckerBenchmark
 * </pre>
 * (write the class path once with {@code ./mvnw -q -pl content dependency:build-classpath
 * -Dmdep.outputFile=target/test.classpath}).
 */
public final class DraftCheckerBenchmark {

    private static final int WARM_UP = 2_000;
    private static final int MEASURED = 2_000;

    public static void main(String[] args) throws IOException {
        ArticleContent draft = fifteenHundredWords();
        DraftChecker checker = new DraftChecker();
        CheckReport report = checker.check(draft);
        System.out.printf("draft: %d words, %d min read, %d findings, Flesch %.1f, grade %.1f%n", report.wordCount(),
                report.readTimeMinutes(), report.findings().size(), report.readability().fleschReadingEase(),
                report.readability().gradeLevel());

        int sink = 0;
        for (int i = 0; i < WARM_UP; i++) {
            sink += checker.check(draft).findings().size();
        }
        long[] nanos = new long[MEASURED];
        for (int i = 0; i < MEASURED; i++) {
            long start = System.nanoTime();
            sink += checker.check(draft).findings().size();
            nanos[i] = System.nanoTime() - start;
        }
        Arrays.sort(nanos);
        System.out.printf("check of one %d-word draft, warm, %d runs: median %.2f ms, p90 %.2f ms, p99 %.2f ms, max %.2f ms (%d)%n",
                report.wordCount(), MEASURED, ms(nanos[MEASURED / 2]), ms(nanos[MEASURED * 9 / 10]),
                ms(nanos[MEASURED * 99 / 100]), ms(nanos[MEASURED - 1]), sink);
    }

    /**
     * The three careful corpus articles back to back, sharing the vitamin D article's sources,
     * topped up with the vitamin D article's paragraphs until the draft reaches 1,500 words.
     */
    static ArticleContent fifteenHundredWords() throws IOException {
        MarkdownDraftParser parser = new MarkdownDraftParser();
        ArticleContent vitaminD = parser.parse(read("careful-vitamin-d-colds.md"));
        StringBuilder body = new StringBuilder(vitaminD.body()).append("\n\n")
                .append(parser.parse(read("careful-car-nk-cells.md")).body()).append("\n\n")
                .append(parser.parse(read("careful-honey-coughs.md")).body());
        String[] paragraphs = vitaminD.body().split("\\n\\n");
        for (int i = 0; ReadingTime.words(vitaminD.title(), vitaminD.dek(), body.toString(), vitaminD.keyTakeaway()) < 1_500; i++) {
            body.append("\n\n").append(paragraphs[i % paragraphs.length]);
        }
        return new ArticleContent(vitaminD.title(), vitaminD.dek(), vitaminD.category(), vitaminD.tags(),
                body.toString(), vitaminD.references(), vitaminD.keyTakeaway());
    }

    private static String read(String name) throws IOException {
        try (InputStream in = DraftCheckerBenchmark.class.getResourceAsStream("/checks/corpus/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static double ms(long nanos) {
        return nanos / 1_000_000.0;
    }
}
