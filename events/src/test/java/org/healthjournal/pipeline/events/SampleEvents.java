package org.healthjournal.pipeline.events;

import java.time.Instant;
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
                        content().dek(), content().category(), content().tags(), NOW));
    }
}
