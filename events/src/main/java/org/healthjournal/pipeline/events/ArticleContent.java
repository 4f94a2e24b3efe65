package org.healthjournal.pipeline.events;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import java.util.List;

/** The writer's text as submitted: the body is Markdown with numbered citations like {@code [1]}. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ArticleContent(
        String title,
        String dek,
        String category,
        List<String> tags,
        String body,
        List<Reference> references,
        String keyTakeaway) {

    public ArticleContent {
        tags = tags == null ? List.of() : List.copyOf(tags);
        references = references == null ? List.of() : List.copyOf(references);
    }
}
