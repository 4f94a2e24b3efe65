package org.healthjournal.pipeline.content.checks;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Word lists and thresholds of the checks. The defaults live in
 * {@code checks/default-checks.yml}; a service may lay another YAML file over them
 * ({@link #load(String)}): objects merge key by key, lists and values replace. Unknown keys are
 * refused, so a misspelt setting fails at start-up instead of silently doing nothing.
 */
public record CheckSettings(
        ReadTime readTime,
        Structure structure,
        List<String> sourceSectionHeadings,
        Citations citations,
        Claims claims,
        Advice advice,
        Readability readability,
        Risk risk,
        Map<String, Severity> severities) {

    static final String DEFAULTS = "checks/default-checks.yml";
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);

    public CheckSettings {
        sourceSectionHeadings = List.copyOf(sourceSectionHeadings);
        severities = severities == null ? Map.of() : Map.copyOf(severities);
    }

    public record ReadTime(int wordsPerMinute) {
    }

    public record Structure(double dekCopySimilarity) {
    }

    public record Citations(int maxReferenceAgeYears, List<String> peerReviewedKinds) {
    }

    public record Claims(List<String> warningTerms, List<String> blockerTerms, List<String> allowedPhrases,
            int windowWords, List<String> negationCues, List<String> hedgeCues, List<String> openQuestionCues, List<String> rejectionCues,
            List<String> statisticPatterns, List<String> efficacyPatterns) {
    }

    public record Advice(List<String> instructionPatterns, String dosePattern, List<String> readerPatterns,
            List<String> imperativeVerbs,
            List<String> referralPatterns) {
    }

    public record Readability(double maxGradeLevel, int minWords) {
    }

    public record Risk(List<String> highRiskCategories) {
    }

    /** The local stack's defaults. */
    public static CheckSettings defaults() {
        return fromTree(defaultTree());
    }

    /**
     * The defaults with a YAML file laid over them. {@code location} is a file path or
     * {@code classpath:name}; blank means the defaults.
     */
    public static CheckSettings load(String location) {
        if (location == null || location.isBlank()) {
            return defaults();
        }
        ObjectNode merged = defaultTree();
        merge(merged, readTree(location));
        return fromTree(merged);
    }

    private static ObjectNode defaultTree() {
        return (ObjectNode) readTree("classpath:" + DEFAULTS);
    }

    private static JsonNode readTree(String location) {
        try (InputStream in = open(location)) {
            JsonNode tree = YAML.readTree(in);
            if (tree == null || !tree.isObject()) {
                throw new IllegalArgumentException("check settings " + location + " are not a YAML mapping");
            }
            return tree;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read check settings " + location, e);
        }
    }

    private static InputStream open(String location) throws IOException {
        if (location.startsWith("classpath:")) {
            String name = location.substring("classpath:".length()).replaceFirst("^/", "");
            InputStream in = CheckSettings.class.getClassLoader().getResourceAsStream(name);
            if (in == null) {
                throw new IllegalArgumentException("check settings " + location + " not found");
            }
            return in;
        }
        return Files.newInputStream(Path.of(location.startsWith("file:") ? location.substring(5) : location));
    }

    private static void merge(ObjectNode target, JsonNode overlay) {
        Iterator<Map.Entry<String, JsonNode>> fields = overlay.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> field = fields.next();
            JsonNode current = target.get(field.getKey());
            if (current instanceof ObjectNode object && field.getValue().isObject()) {
                merge(object, field.getValue());
            } else {
                target.set(field.getKey(), field.getValue());
            }
        }
    }

    private static CheckSettings fromTree(JsonNode tree) {
        CheckSettings settings;
        try {
            settings = YAML.treeToValue(tree, CheckSettings.class);
        } catch (IOException e) {
            throw new IllegalArgumentException("check settings are invalid: " + e.getMessage(), e);
        }
        settings.validate();
        return settings;
    }

    private void validate() {
        require(readTime != null && readTime.wordsPerMinute() > 0, "readTime.wordsPerMinute must be positive");
        require(structure != null, "structure is missing");
        require(citations != null && citations.peerReviewedKinds() != null, "citations is incomplete");
        require(claims != null && claims.warningTerms() != null && claims.blockerTerms() != null
                && claims.allowedPhrases() != null && claims.negationCues() != null && claims.hedgeCues() != null
                && claims.openQuestionCues() != null && claims.rejectionCues() != null && claims.statisticPatterns() != null
                && claims.efficacyPatterns() != null, "claims is incomplete");
        require(advice != null && advice.instructionPatterns() != null && advice.dosePattern() != null
                && advice.readerPatterns() != null && advice.imperativeVerbs() != null && advice.referralPatterns() != null, "advice is incomplete");
        require(readability != null, "readability is missing");
        require(risk != null && risk.highRiskCategories() != null, "risk is missing");
        // a broken pattern should stop the service starting, not every check
        for (List<String> patterns : List.of(claims.statisticPatterns(), claims.efficacyPatterns(),
                advice.instructionPatterns(), advice.readerPatterns(), advice.referralPatterns(), List.of(advice.dosePattern()))) {
            for (String pattern : patterns) {
                try {
                    Pattern.compile(pattern);
                } catch (PatternSyntaxException e) {
                    throw new IllegalArgumentException("check settings: invalid pattern " + pattern + ": "
                            + e.getDescription(), e);
                }
            }
        }
    }

    private static void require(boolean condition, String message) {
        if (!condition) {
            throw new IllegalArgumentException("check settings: " + message);
        }
    }
}
