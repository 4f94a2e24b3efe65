package org.healthjournal.pipeline.publisher;

import org.healthjournal.pipeline.events.ArticleApproved;
import org.healthjournal.pipeline.events.ArticleContent;
import org.healthjournal.pipeline.events.Reference;
import org.healthjournal.pipeline.events.ReviewerSignOff;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Approvals as the review workflow sends them. */
public final class Approvals {

    public static final Instant REVIEWED_AT = Instant.parse("2026-11-20T09:30:00Z");

    private Approvals() {
    }

    public static String newArticleId() {
        return "art-" + UUID.randomUUID();
    }

    public static ArticleApproved approved(String articleId, int version, String title) {
        return approved(articleId, version, new ArticleContent(
                title,
                "Researchers pooled small trials; the evidence is early.",
                "Immune Health",
                List.of("vitamin d", "immunity"),
                """
                        ## What did the review find?

                        Pooled trials suggest a small effect on colds [1], but the studies were small.

                        ## How strong is this evidence?

                        Early-phase and heterogeneous [2].
                        """,
                List.of(new Reference("Vitamin D and acute respiratory infections", "https://pmc.ncbi.nlm.nih.gov/articles/PMC0000001/",
                                2021, "peer-reviewed review"),
                        new Reference("A small randomised trial", "https://doi.org/10.1000/example", 2023,
                                "randomised trial")),
                "Talk to your care team before starting supplements."));
    }

    /** An approval of a sample article filed under this category with these tags. */
    public static ArticleApproved approved(String articleId, String title, String category, List<String> tags) {
        ArticleContent sample = approved(articleId, 1, title).content();
        return approved(articleId, 1, new ArticleContent(sample.title(), sample.dek(), category, tags, sample.body(),
                sample.references(), sample.keyTakeaway()));
    }

    public static ArticleApproved approved(String articleId, int version, ArticleContent content) {
        return new ArticleApproved(UUID.randomUUID(), null, 0, articleId, version, Instant.now(),
                "corr-" + articleId, "wanda", "dr-rivera", REVIEWED_AT, "Clear and well sourced.", content);
    }

    /** The approval as a two-reviewer sign-off with the next review date set by the workflow. */
    public static ArticleApproved signedOff(ArticleApproved approved, List<ReviewerSignOff> reviewers,
            Instant nextReviewDue) {
        return new ArticleApproved(approved.eventId(), approved.eventType(), approved.schemaVersion(),
                approved.articleId(), approved.articleVersion(), approved.occurredAt(), approved.correlationId(),
                approved.author(), approved.reviewer(), approved.reviewedAt(), approved.comments(), approved.content(),
                reviewers, nextReviewDue);
    }

    /** The same content with a change note and, if not null, a time to publish at. */
    public static ArticleContent revised(ArticleContent content, String title, String changeNote, Instant publishAt) {
        return new ArticleContent(title, content.dek(), content.category(), content.tags(), content.body(),
                content.references(), content.keyTakeaway(), publishAt, changeNote);
    }

    /** The same approval delivered again: identical, event id included. */
    public static ArticleApproved again(ArticleApproved approved) {
        return new ArticleApproved(approved.eventId(), approved.eventType(), approved.schemaVersion(),
                approved.articleId(), approved.articleVersion(), approved.occurredAt(), approved.correlationId(),
                approved.author(), approved.reviewer(), approved.reviewedAt(), approved.comments(), approved.content(),
                approved.reviewers(), approved.nextReviewDue());
    }
}
