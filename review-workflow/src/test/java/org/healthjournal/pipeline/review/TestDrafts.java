package org.healthjournal.pipeline.review;

import org.healthjournal.pipeline.events.ArticleContent;
import org.healthjournal.pipeline.events.DraftSubmitted;
import org.healthjournal.pipeline.events.Reference;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

/** Drafts as ingest submits them, each for a new article so tests sharing Kafka and a database never meet. */
public final class TestDrafts {

    private TestDrafts() {
    }

    public static DraftSubmitted by(String author) {
        return version(UUID.randomUUID().toString(), 1, author);
    }

    /**
     * A draft the automated checks hold back: it tells readers to stop their medicine and cites a
     * source it does not list (two BLOCKER findings), and calls something a cure (a WARNING).
     */
    public static DraftSubmitted withBlockersBy(String author) {
        ArticleContent content = new ArticleContent(
                "Could CAR-NK cells replace chemotherapy?",
                "Early trials suggest engineered natural killer cells may be safer, but the evidence is thin.",
                "Immune Health",
                List.of("oncology"),
                "## What did the review find?\n\nEarly-phase trials were small [1] and CAR-NK cures lymphoma [2].\n\n"
                        + "## What should I do?\n\nStop taking your chemotherapy and ask about a trial instead.\n",
                List.of(new Reference("CAR-NK cells: a review", "https://pmc.ncbi.nlm.nih.gov/articles/PMC0000001/",
                        2024, "peer-reviewed review")),
                "Promising, still experimental.");
        return new DraftSubmitted(UUID.randomUUID(), null, 0, UUID.randomUUID().toString(), 1,
                Instant.now().truncatedTo(ChronoUnit.MILLIS), "corr-blockers", author, content);
    }

    /** A careful draft with another body. */
    public static DraftSubmitted withContentBy(String author, String body) {
        DraftSubmitted draft = by(author);
        ArticleContent content = draft.content();
        return new DraftSubmitted(draft.eventId(), null, 0, draft.articleId(), 1, draft.occurredAt(),
                draft.correlationId(), author, new ArticleContent(content.title(), content.dek(), content.category(),
                        content.tags(), body, content.references(), content.keyTakeaway()));
    }

    /** A careful draft in another category. */
    public static DraftSubmitted inCategoryBy(String author, String category) {
        return inCategory(by(author), category);
    }

    /**
     * The same draft filed under another category: a category of its own keeps a test's tasks
     * together on the paged queue, whatever other tests left open in the shared database.
     */
    public static DraftSubmitted inCategory(DraftSubmitted draft, String category) {
        ArticleContent content = draft.content();
        return new DraftSubmitted(draft.eventId(), null, 0, draft.articleId(), draft.articleVersion(),
                draft.occurredAt(), draft.correlationId(), draft.author(), new ArticleContent(content.title(),
                        content.dek(), category,
                        content.tags(), content.body(), content.references(), content.keyTakeaway()));
    }

    public static DraftSubmitted revisionOf(DraftSubmitted draft) {
        return version(draft.articleId(), draft.articleVersion() + 1, draft.author());
    }

    private static DraftSubmitted version(String articleId, int version, String author) {
        ArticleContent content = new ArticleContent(
                "Could CAR-NK cells follow CAR-T?",
                "Early trials suggest engineered natural killer cells may be safer, but the evidence is thin.",
                "Immune Health",
                List.of("oncology", "immunotherapy"),
                "## What did the review find?\n\nEarly-phase trials were small [1].\n\n<script>alert('x')</script>\n",
                List.of(new Reference("CAR-NK cells: a review", "https://pmc.ncbi.nlm.nih.gov/articles/PMC0000001/",
                        2024, "peer-reviewed review")),
                "Promising, still **experimental**.");
        return new DraftSubmitted(UUID.randomUUID(), null, 0, articleId, version,
                Instant.now().truncatedTo(ChronoUnit.MILLIS), "corr-" + articleId, author, content);
    }
}
