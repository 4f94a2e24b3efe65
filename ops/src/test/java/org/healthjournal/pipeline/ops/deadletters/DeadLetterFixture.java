package org.healthjournal.pipeline.ops.deadletters;

import java.time.Instant;
import java.util.List;

/** Dead letters built in memory, for the tests that need no broker. */
final class DeadLetterFixture {

    private DeadLetterFixture() {
    }

    static DeadLetter deadLetter(String id, String consumer, String error) {
        return new DeadLetter(DeadLetterId.parse(id), "editorial.reviews", 2, 41L, consumer, error, "article-" + id,
                "ArticleApproved", Instant.parse("2025-03-01T10:15:30.250Z"), null, null, List.of());
    }
}
