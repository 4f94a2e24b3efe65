package org.healthjournal.pipeline.events;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import java.time.Instant;

import java.util.List;

/**
 * The writer's text as submitted: the body is Markdown with numbered citations like {@code [1]}.
 * {@code publishAt} (optional) keeps the page hidden until then; {@code changeNote} (optional)
 * tells readers what a revision of a published article changed.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ArticleContent(
        String title,
        String dek,
        String category,
        List<String> tags,
        String body,
        List<Reference> references,
        String keyTakeaway,
        Instant publishAt,
        String changeNote) {

    @JsonCreator
    public ArticleContent {
        tags = tags == null ? List.of() : List.copyOf(tags);
        references = references == null ? List.of() : List.copyOf(references);
    }

    /** A draft published as soon as it is approved, with no change note. */
    public ArticleContent(String title, String dek, String category, List<String> tags, String body,
            List<Reference> references, String keyTakeaway) {
        this(title, dek, category, tags, body, references, keyTakeaway, null, null);
    }
}
