package org.healthjournal.pipeline.publisher.articles;

import org.healthjournal.pipeline.events.Reference;

import java.time.Instant;
import java.util.List;

/**
 * The live version of an article as readers see it. {@code bodyHtml} and {@code keyTakeawayHtml}
 * are sanitised HTML; every other text is the writer's plain text and must be escaped on output.
 * Reference URLs are http(s) or null.
 *
 * @param publishedAt when the first version went live
 * @param updatedAt   when this version went live
 */
public record PublishedArticle(
        String articleId,
        int version,
        String slug,
        String title,
        String dek,
        String category,
        List<String> tags,
        String author,
        String reviewer,
        Instant reviewedAt,
        String bodyHtml,
        String keyTakeawayHtml,
        List<Reference> references,
        int readMinutes,
        Instant publishedAt,
        Instant updatedAt) {

    public PublishedArticle {
        tags = tags == null ? List.of() : List.copyOf(tags);
        references = references == null ? List.of() : List.copyOf(references);
        keyTakeawayHtml = keyTakeawayHtml == null ? "" : keyTakeawayHtml;
    }

    /** The address of the category's page, from its name: "Immune Health" → {@code immune-health}. */
    public String categorySlug() {
        return category == null ? null : SiteSlugs.of(category);
    }

    public String authorSlug() {
        return author == null ? null : SiteSlugs.of(author);
    }

    /** The tags by the slug of their page, each once. */
    public java.util.Map<String, String> tagsBySlug() {
        return SiteSlugs.bySlug(tags);
    }

    public boolean hasKeyTakeaway() {
        return !keyTakeawayHtml.isBlank();
    }

    public boolean wasUpdated() {
        return updatedAt.isAfter(publishedAt);
    }
}
