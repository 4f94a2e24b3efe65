package org.healthjournal.pipeline.ingest.submission;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import org.healthjournal.pipeline.support.web.ProblemDetailsAdvice.FieldProblem;
import org.springframework.stereotype.Component;
import org.yaml.snakeyaml.error.MarkedYAMLException;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a draft from JSON or from a Markdown file with YAML front matter, the same way for the API,
 * the inbox folder and the pages. Binding is strict and done by hand so that every mistake is named
 * by its field in the writer's words: a number is never taken for text, and neither Jackson's nor
 * SnakeYAML's internal messages reach the writer.
 */
@Component
public class DraftReader {

    private static final Pattern FRONT_MATTER = Pattern.compile("\\A\\uFEFF?---\\R(.*?)\\R---\\R?(.*)\\z", Pattern.DOTALL);
    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory())
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);

    private final DraftRules rules;

    public DraftReader(DraftRules rules) {
        this.rules = rules;
    }

    /** The request body, refused with 413 as soon as it is known to be over the limit. */
    public byte[] readBody(InputStream body, long declaredLength) {
        long limit = rules.maxRequestSize().toBytes();
        if (declaredLength > limit) {
            throw new DraftTooLargeException(rules.maxRequestSize());
        }
        try {
            byte[] bytes = body.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limit + 1));
            if (bytes.length > limit) {
                throw new DraftTooLargeException(rules.maxRequestSize());
            }
            return bytes;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the request body", e);
        }
    }

    public ReadDraft json(byte[] body) {
        JsonNode tree;
        try {
            tree = JSON.readTree(utf8(body));
        } catch (JsonProcessingException e) {
            throw new UnreadableDraftException("The body is not valid JSON (line " + e.getLocation().getLineNr()
                    + ", column " + e.getLocation().getColumnNr() + ").");
        }
        if (tree == null || !tree.isObject()) {
            throw new UnreadableDraftException("The body must be a JSON object with the draft's fields.");
        }
        return bind(tree, "");
    }

    public ReadDraft markdown(byte[] file) {
        return markdown(utf8(file));
    }

    /** A Markdown file with YAML front matter; the body is everything after the closing {@code ---}. */
    public ReadDraft markdown(String file) {
        Matcher matcher = FRONT_MATTER.matcher(file);
        if (!matcher.matches()) {
            throw new UnreadableDraftException(file.stripLeading().startsWith("---")
                    ? "The Markdown file cannot be read: its front matter is never closed with a '---' line."
                    : "The Markdown file cannot be read: it must start with YAML front matter between '---' lines.");
        }
        JsonNode front;
        try {
            front = YAML.readTree(matcher.group(1));
        } catch (JsonProcessingException e) {
            throw new UnreadableDraftException("The Markdown file cannot be read: " + yamlProblem(e) + ".");
        }
        if (front == null || front.isMissingNode() || front.isNull()) {
            throw new UnreadableDraftException("The Markdown file cannot be read: its front matter is empty.");
        }
        if (!front.isObject()) {
            throw new UnreadableDraftException(
                    "The Markdown file cannot be read: the front matter must be 'name: value' lines (title:, dek:, ...).");
        }
        String body = matcher.group(2).strip();
        return bind(front, body);
    }

    private ReadDraft bind(JsonNode draft, String markdownBody) {
        Fields fields = new Fields();
        String body = markdownBody.isEmpty() ? fields.text(draft, "body") : markdownBody;
        if (!markdownBody.isEmpty() && draft.has("body")) {
            fields.problems.add(new FieldProblem("body", "is the text after the front matter, not a front matter field"));
        }
        DraftRequest request = new DraftRequest(fields.text(draft, "title"), fields.text(draft, "dek"),
                fields.text(draft, "category"), fields.texts(draft, "tags"), body, fields.references(draft),
                fields.text(draft, "keyTakeaway"), fields.text(draft, "publishAt"), fields.text(draft, "changeNote"));
        return new ReadDraft(request, fields.text(draft, "articleId"), fields.problems);
    }

    /** Collects type problems while reading fields; a field of the wrong type reads as null. */
    private static final class Fields {
        private final List<FieldProblem> problems = new ArrayList<>();

        String text(JsonNode parent, String name) {
            return value(parent.get(name), name);
        }

        String value(JsonNode node, String path) {
            if (node == null || node.isNull()) {
                return null;
            }
            if (!node.isTextual()) {
                problems.add(new FieldProblem(path, "must be text, not " + kindOf(node)));
                return null;
            }
            return node.textValue();
        }

        List<String> texts(JsonNode parent, String name) {
            JsonNode node = parent.get(name);
            if (node == null || node.isNull()) {
                return null;
            }
            if (!node.isArray()) {
                problems.add(new FieldProblem(name, "must be a list of texts, not " + kindOf(node)));
                return null;
            }
            List<String> values = new ArrayList<>();
            for (int i = 0; i < node.size(); i++) {
                values.add(value(node.get(i), name + "[" + i + "]"));
            }
            return values;
        }

        List<ReferenceRequest> references(JsonNode parent) {
            JsonNode node = parent.get("references");
            if (node == null || node.isNull()) {
                return null;
            }
            if (!node.isArray()) {
                problems.add(new FieldProblem("references", "must be a list of references, not " + kindOf(node)));
                return null;
            }
            List<ReferenceRequest> references = new ArrayList<>();
            for (int i = 0; i < node.size(); i++) {
                String path = "references[" + i + "]";
                JsonNode ref = node.get(i);
                if (!ref.isObject()) {
                    problems.add(new FieldProblem(path, "must be a reference with title, url, year and kind, not "
                            + kindOf(ref)));
                    references.add(null);
                    continue;
                }
                references.add(new ReferenceRequest(value(ref.get("title"), path + ".title"),
                        value(ref.get("url"), path + ".url"), year(ref.get("year"), path + ".year"),
                        value(ref.get("kind"), path + ".kind")));
            }
            return references;
        }

        private Integer year(JsonNode node, String path) {
            if (node == null || node.isNull()) {
                return null;
            }
            if (!node.isIntegralNumber() || !node.canConvertToInt()) {
                problems.add(new FieldProblem(path, "must be a year as a number, such as 2024"));
                return null;
            }
            return node.intValue();
        }
    }

    private static String kindOf(JsonNode node) {
        if (node.isNumber()) {
            return "a number";
        }
        if (node.isBoolean()) {
            return "true/false";
        }
        if (node.isArray()) {
            return "a list";
        }
        if (node.isObject()) {
            return "a group of fields";
        }
        return "text";
    }

    /** SnakeYAML's own words for the problem and where it is, counted in lines of the whole file. */
    private static String yamlProblem(JsonProcessingException e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof MarkedYAMLException yaml && yaml.getProblemMark() != null) {
                // the front matter starts on the file's second line, after the opening '---'
                return "the front matter is not valid YAML at line " + (yaml.getProblemMark().getLine() + 2)
                        + ": " + yaml.getProblem();
            }
        }
        if (e.getOriginalMessage() != null && e.getOriginalMessage().startsWith("Duplicate field")) {
            return "the front matter names a field twice (line " + (e.getLocation().getLineNr() + 1) + ")";
        }
        return "the front matter is not valid YAML near line " + (e.getLocation().getLineNr() + 1);
    }

    private static String utf8(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new UnreadableDraftException("The draft is not valid UTF-8 text; save it as UTF-8 and send it again.");
        }
    }
}
