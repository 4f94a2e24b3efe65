package org.healthjournal.pipeline.content.checks;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import org.healthjournal.pipeline.content.MarkdownDraftParser;
import org.healthjournal.pipeline.events.ArticleContent;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The sample drafts under {@code checks/corpus}, each with the findings a medical editor expects
 * ({@code expect: [ruleId@SEVERITY, …]} in its front matter). Precision and recall are counted
 * over (case, ruleId@severity) pairs, so a right rule at the wrong severity counts as both a
 * false positive and a false negative.
 */
class DraftCheckCorpusTest {

    static final Clock CORPUS_DATE = Clock.fixed(Instant.parse("2026-06-01T00:00:00Z"), ZoneOffset.UTC);
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Expectation(List<String> expect, boolean careful) {
    }

    record Case(String name, ArticleContent draft, Set<String> expected, boolean careful) {
    }

    record Outcome(Case sample, Set<String> actual, CheckReport report) {
    }

    private static List<Outcome> outcomes;

    @BeforeAll
    static void checkCorpus() throws Exception {
        DraftChecker checker = new DraftChecker(CheckSettings.defaults(), CORPUS_DATE);
        outcomes = new ArrayList<>();
        for (Case sample : corpus()) {
            CheckReport report = checker.check(sample.draft());
            Set<String> actual = report.findings().stream().map(f -> f.ruleId() + "@" + f.severity())
                    .collect(Collectors.toCollection(TreeSet::new));
            outcomes.add(new Outcome(sample, actual, report));
        }
    }

    @Test
    void corpusHoldsEnoughCasesIncludingCarefulArticles() {
        assertThat(outcomes).hasSizeGreaterThanOrEqualTo(30);
        assertThat(outcomes).filteredOn(o -> o.sample().careful()).hasSizeGreaterThanOrEqualTo(3);
    }

    @Test
    void precisionAndRecallAreAtLeastNinetyPercent() {
        int truePositives = 0;
        int falsePositives = 0;
        int falseNegatives = 0;
        List<String> misses = new ArrayList<>();
        for (Outcome outcome : outcomes) {
            for (String found : outcome.actual()) {
                if (outcome.sample().expected().contains(found)) {
                    truePositives++;
                } else {
                    falsePositives++;
                    misses.add(outcome.sample().name() + ": unexpected " + found + " " + detail(outcome, found));
                }
            }
            for (String expected : outcome.sample().expected()) {
                if (!outcome.actual().contains(expected)) {
                    falseNegatives++;
                    misses.add(outcome.sample().name() + ": missed " + expected);
                }
            }
        }
        double precision = truePositives + falsePositives == 0 ? 1 : (double) truePositives / (truePositives + falsePositives);
        double recall = truePositives + falseNegatives == 0 ? 1 : (double) truePositives / (truePositives + falseNegatives);
        System.out.printf("draft checks corpus: %d cases, %d expected findings, TP=%d FP=%d FN=%d, precision=%.3f recall=%.3f%n",
                outcomes.size(), truePositives + falseNegatives, truePositives, falsePositives, falseNegatives,
                precision, recall);
        misses.forEach(miss -> System.out.println("  " + miss));

        assertThat(precision).as("precision; differences: %s", misses).isGreaterThanOrEqualTo(0.9);
        assertThat(recall).as("recall; differences: %s", misses).isGreaterThanOrEqualTo(0.9);
    }

    @Test
    void carefulArticlesHaveNoBlockerOrWarning() {
        for (Outcome outcome : outcomes) {
            if (outcome.sample().careful()) {
                assertThat(outcome.report().findings()).as(outcome.sample().name())
                        .allSatisfy(finding -> assertThat(finding.severity()).isEqualTo(Severity.INFO));
            }
        }
    }

    private static String detail(Outcome outcome, String key) {
        return outcome.report().findings().stream().filter(f -> key.equals(f.ruleId() + "@" + f.severity()))
                .map(f -> "«" + f.location().excerpt() + "»").collect(Collectors.joining(" "));
    }

    static List<Case> corpus() throws IOException, URISyntaxException {
        Path folder = Path.of(DraftCheckCorpusTest.class.getResource("/checks/corpus").toURI());
        MarkdownDraftParser parser = new MarkdownDraftParser();
        List<Case> cases = new ArrayList<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".md")).sorted().toList()) {
                String text = Files.readString(file, StandardCharsets.UTF_8);
                String frontMatter = text.split("\\R---\\R", 2)[0].replaceFirst("\\A---\\R", "");
                Expectation expectation = YAML.readValue(frontMatter, Expectation.class);
                String name = file.getFileName().toString().replaceFirst("\\.md$", "");
                cases.add(new Case(name, parser.parse(text),
                        new TreeSet<>(expectation.expect() == null ? List.of() : expectation.expect()),
                        expectation.careful()));
            }
        }
        return cases;
    }
}
