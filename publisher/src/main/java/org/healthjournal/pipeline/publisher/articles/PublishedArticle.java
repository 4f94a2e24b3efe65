package org.healthjournal.pipeline.publisher.articles;

import org.healthjournal.pipeline.events.Reference;
import org.healthjournal.pipeline.events.ReviewerSignOff;

import java.time.Instant;
import java.util.List;

/**
 * The live version of an article as readers see it. {@code bodyHtml} and {@code keyTakeawayHtml}
 * are sanitised HTML; every other text is the writer's plain text and must be escaped on output.
 * Reference URLs are http(s) or null.
 *
 * @param publishedAt      when the first version went live
 * @param updatedAt        when this version went live (a re-review confirmation does not change it)
 * @param reviewers        the sign-offs of the live version or of its latest re-review, with display
 *                         names and credentials; empty when the approval carried none (the page then
 *                         names {@code reviewer} from the staff profiles)
 * @param nextReviewDue    when the next periodic review is due, or null (the page then counts the
 *                         review cycle from {@code reviewedAt})
 * @param changeNote       what this version changed, for readers; null for a first version
 * @param status           published, or retracted (the page shows the notice instead of the body)
 * @param retractionReason why a medical reviewer retracted it; null unless retracted
 * @param retractedAt      when; null unless retracted
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
        Instant updatedAt,
        List<ReviewerSignOff> reviewers,
        Instant nextReviewDue,
        String changeNote,
        PageStatus status,
        String retractionReason,
        Instant retractedAt) {

    public PublishedArticle {
        tags = tags == null ? List.of() : List.copyOf(tags);
        reviewers = reviewers == null ? List.of() : List.copyOf(reviewers);
        status = status == null ? PageStatus.PUBLISHED : status;
        references = references == null ? List.of() : List.copyOf(references);
        keyTakeawayHtml = keyTakeawayHtml == null ? "" : keyTakeawayHtml;
    }

    /** A first or revised version as approved, live, with no sign-off profiles, next review date or change note. */
    public PublishedArticle(String articleId, int version, String slug, String title, String dek, String category,
            List<String> tags, String author, String reviewer, Instant reviewedAt, String bodyHtml,
            String keyTakeawayHtml, List<Reference> references, int readMinutes, Instant publishedAt,
            Instant updatedAt) {
        this(articleId, version, slug, title, dek, category, tags, author, reviewer, reviewedAt, bodyHtml,
                keyTakeawayHtml, references, readMinutes, publishedAt, updatedAt, List.of(), null, null,
                PageStatus.PUBLISHED, null, null);
    }

    /** The same page with new review dates and sign-offs (a re-review confirmed it as it stands). */
    public PublishedArticle reviewConfirmed(String lastReviewer, Instant newReviewedAt,
            List<ReviewerSignOff> newReviewers, Instant newNextReviewDue) {
        return new PublishedArticle(articleId, version, slug, title, dek, category, tags, author, lastReviewer,
                newReviewedAt, bodyHtml, keyTakeawayHtml, references, readMinutes, publishedAt, updatedAt,
                newReviewers, newNextReviewDue, changeNote, status, retractionReason, retractedAt);
    }

    /** The same page retracted: it keeps its address and title, the notice replaces the body. */
    public PublishedArticle retracted(String reason, Instant when) {
        return new PublishedArticle(articleId, version, slug, title, dek, category, tags, author, reviewer,
                reviewedAt, bodyHtml, keyTakeawayHtml, references, readMinutes, publishedAt, updatedAt, reviewers,
                nextReviewDue, changeNote, PageStatus.RETRACTED, reason, when);
    }

    public boolean isRetracted() {
        return status == PageStatus.RETRACTED;
    }

    public boolean hasChangeNote() {
        return changeNote != null && !changeNote.isBlank();
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
