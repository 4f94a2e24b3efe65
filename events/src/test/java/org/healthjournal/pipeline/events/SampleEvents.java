package org.healthjournal.pipeline.events;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

final class SampleEvents {

    static final Instant NOW = Instant.parse("2026-11-24T10:15:30Z");

    private SampleEvents() {
    }

    static ArticleContent content() {
        return new ArticleContent(
                "CAR-NK Cells: Could 'Off-the-Shelf' Immune Therapy Follow CAR-T?",
                "Early trials suggest engineered natural killer cells may be safer.",
                "Immune Health",
                List.of("oncology", "immunotherapy"),
                "## What did the review find?\n\nEarly-phase trials were small [1].",
                List.of(new Reference("CAR-NK cells: a review", "https://pmc.ncbi.nlm.nih.gov/articles/PMC0000001/",
                        2024, "peer-reviewed review")),
                "CAR-NK therapy is promising but still experimental.");
    }

    static List<ArticleEvent> oneOfEach() {
        UUID id = UUID.randomUUID();
        return List.of(
                new DraftSubmitted(id, null, 0, "art-1", 1, NOW, "corr-1", "alice", content()),
                new ChangesRequested(UUID.randomUUID(), null, 0, "art-1", 1, NOW, "corr-1", "alice", "drbob",
                        "Please state the trial phase."),
                new ArticleRejected(UUID.randomUUID(), null, 0, "art-1", 1, NOW, "corr-1", "alice", "drbob",
                        "Out of scope."),
                new ArticleApproved(UUID.randomUUID(), null, 0, "art-1", 1, NOW, "corr-1", "alice", "drbob", NOW,
                        "Fine.", content()),
                new ArticlePublished(UUID.randomUUID(), null, 0, "art-1", 1, NOW, "corr-1", "alice", "drbob",
                        "car-nk-cells", "http://localhost:8083/articles/car-nk-cells", content().title(),
                        content().dek(), content().category(), content().tags(), NOW),
                new ArticleApproved(UUID.randomUUID(), null, 0, "art-1", 2, NOW, "corr-2", "alice", "drcarol", NOW,
                        null, scheduledRevision(), List.of(bob(), carol()), NOW.plus(365, ChronoUnit.DAYS)),
                new ArticlePublished(UUID.randomUUID(), null, 0, "art-1", 1, NOW, "corr-1", "alice", "drbob",
                        "car-nk-cells", "http://localhost:8083/articles/car-nk-cells", content().title(),
                        content().dek(), content().category(), content().tags(), NOW, 6, List.of(bob())),
                new ReviewClaimed(UUID.randomUUID(), null, 0, "art-1", 1, NOW, "corr-1", "alice", "task-1", "drbob"),
                new ReviewOverdue(UUID.randomUUID(), null, 0, "art-1", 1, NOW, "corr-1", "alice", "task-1",
                        "Medical review", content().title(), NOW),
                new PeriodicReviewOpened(UUID.randomUUID(), null, 0, "art-1", 1, NOW, "corr-1", "alice", "task-9",
                        content().title(), NOW),
                new ArticleWithdrawn(UUID.randomUUID(), null, 0, "art-1", 1, NOW, "corr-1", "alice",
                        "No revision within 30 days of the request for changes."),
                new ArticleReviewConfirmed(UUID.randomUUID(), null, 0, "art-1", 1, NOW, "corr-1", "alice",
                        List.of(bob()), NOW, NOW.plus(365, ChronoUnit.DAYS), "Still current."),
                new ArticleRetracted(UUID.randomUUID(), null, 0, "art-1", 1, NOW, "corr-1", "alice", "drbob",
                        "The trial it relies on was withdrawn.", NOW),
                new ArticleScheduled(UUID.randomUUID(), null, 0, "art-1", 1, NOW, "corr-1", "alice", "car-nk-cells",
                        "http://localhost:8083/articles/car-nk-cells", content().title(), NOW.plus(1, ChronoUnit.DAYS)),
                new ArticleUpdated(UUID.randomUUID(), null, 0, "art-1", 2, NOW, "corr-2", "alice", "drcarol",
                        "car-nk-cells", "http://localhost:8083/articles/car-nk-cells", content().title(),
                        content().dek(), content().category(), content().tags(), NOW.minus(30, ChronoUnit.DAYS), NOW,
                        "Added the 2026 phase II results.", 7, List.of(bob(), carol())));
    }

    static ArticleContent scheduledRevision() {
        ArticleContent first = content();
        return new ArticleContent(first.title(), first.dek(), first.category(), first.tags(), first.body(),
                first.references(), first.keyTakeaway(), NOW.plus(1, ChronoUnit.DAYS), "Added the 2026 phase II results.");
    }

    static ReviewerSignOff bob() {
        return new ReviewerSignOff("drbob", "Dr Bob Rivera", "MD, haematologist", NOW);
    }

    static ReviewerSignOff carol() {
        return new ReviewerSignOff("drcarol", "Dr Carol Chen", "PharmD", NOW);
    }
}
