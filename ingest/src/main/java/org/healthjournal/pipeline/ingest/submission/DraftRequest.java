package org.healthjournal.pipeline.ingest.submission;

import org.healthjournal.pipeline.events.ArticleContent;
import org.healthjournal.pipeline.events.Reference;

import java.util.List;

/**
 * A draft or revision as the writer sends it, read by {@link DraftReader} and held to the rules by
 * {@link DraftValidator} (whose limits keep one event well under Kafka's default 1 MB record size
 * and match the database columns).
 */
public record DraftRequest(String title, String dek, String category, List<String> tags, String body,
        List<ReferenceRequest> references, String keyTakeaway, String publishAt, String changeNote) {

    /** A draft to publish as soon as it is approved, with no change note. */
    public DraftRequest(String title, String dek, String category, List<String> tags, String body,
            List<ReferenceRequest> references, String keyTakeaway) {
        this(title, dek, category, tags, body, references, keyTakeaway, null, null);
    }

    /**
     * The draft as it stands, even if invalid (missing fields stay null, blank entries are kept),
     * so the checks can say what an invalid draft still lacks.
     */
    ArticleContent asWritten() {
        List<Reference> sources = references == null ? List.of() : references.stream()
                .filter(java.util.Objects::nonNull)
                .map(ref -> new Reference(strip(ref.title()), strip(ref.url()), ref.year(), strip(ref.kind())))
                .toList();
        List<String> cleanTags = tags == null ? List.of()
                : tags.stream().filter(java.util.Objects::nonNull).map(String::strip).distinct().toList();
        return new ArticleContent(strip(title), strip(dek), strip(category), cleanTags, body, sources,
                keyTakeaway == null || keyTakeaway.isBlank() ? null : keyTakeaway.strip(),
                PublishAt.parse(publishAt).orElse(null), blankToNull(changeNote));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static String strip(String value) {
        return value == null ? null : value.strip();
    }

    ArticleContent toContent() {
        List<String> cleanTags = tags == null ? List.of() : tags.stream().map(String::strip).distinct().toList();
        List<Reference> sources = references == null ? List.of()
                : references.stream().map(ReferenceRequest::toReference).toList();
        return new ArticleContent(title.strip(), dek.strip(), category.strip(), cleanTags, body, sources,
                keyTakeaway == null || keyTakeaway.isBlank() ? null : keyTakeaway.strip(),
                PublishAt.parse(publishAt).orElse(null), blankToNull(changeNote));
    }
}
