package org.healthjournal.pipeline.content;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import org.healthjournal.pipeline.events.ArticleContent;
import org.healthjournal.pipeline.events.Reference;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a draft written as a Markdown file with YAML front matter:
 * <pre>
 * ---
 * title: ...
 * dek: ...
 * category: ...
 * tags: [a, b]
 * keyTakeaway: ...
 * references:
 *   - {title: ..., url: ..., year: 2024, kind: peer-reviewed review}
 * ---
 * Body in Markdown with citations [1].
 * </pre>
 */
public final class MarkdownDraftParser {

    private static final Pattern FRONT_MATTER =
            Pattern.compile("\\A\\uFEFF?---\\R(.*?)\\R---\\R?(.*)\\z", Pattern.DOTALL);
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    @JsonIgnoreProperties(ignoreUnknown = true)
    record FrontMatter(String title, String dek, String category, List<String> tags, String keyTakeaway,
                       List<Reference> references) {
    }

    public ArticleContent parse(String markdownFile) {
        Matcher matcher = FRONT_MATTER.matcher(markdownFile == null ? "" : markdownFile);
        if (!matcher.matches()) {
            throw new DraftFormatException("the file must start with YAML front matter between '---' lines");
        }
        FrontMatter front;
        try {
            front = YAML.readValue(matcher.group(1), FrontMatter.class);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new DraftFormatException("front matter is not valid YAML: " + e.getOriginalMessage());
        }
        if (front == null) {
            throw new DraftFormatException("front matter is empty");
        }
        return new ArticleContent(front.title(), front.dek(), front.category(), front.tags(),
                matcher.group(2).strip(), front.references(), front.keyTakeaway());
    }
}
