package org.healthjournal.pipeline.faults.scenarios;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class DeliveryFiguresTest {

    private static final String A = "3f9c2a1e-7b4d-4c55-9a0e-2d8f6b1c4e70";
    private static final String B = "8a1d7c3b-0e2f-4b6a-b5c9-71e4d2f08a13";

    @Test
    void aResendWithTheSameMessageIdIsAnUncertainResendNotADuplicate() {
        Map<String, List<String>> inboxes = Map.of(
                "one@example.org", List.of(id(A, 1), id(A, 1), id(B, 1)),
                "two@example.org", List.of(id(A, 2), id(B, 2)));

        DeliveryFigures figures = DeliveryFigures.count(inboxes, Set.of(A, B));

        assertThat(figures).isEqualTo(new DeliveryFigures(4, 0, 1));
    }

    @Test
    void aSecondMessageIdForTheSameArticleInOneInboxIsARealDuplicate() {
        Map<String, List<String>> inboxes = Map.of("one@example.org", List.of(id(A, 1), id(A, 7)));

        assertThat(DeliveryFigures.count(inboxes, Set.of(A))).isEqualTo(new DeliveryFigures(1, 1, 0));
    }

    @Test
    void ignoresOtherArticlesAndConfirmationMails() {
        Map<String, List<String>> inboxes = Map.of("one@example.org",
                List.of("<confirm-123@healthjournal.example.org>", id(B, 1), ""));

        assertThat(DeliveryFigures.count(inboxes, Set.of(A))).isEqualTo(new DeliveryFigures(0, 0, 0));
    }

    private static String id(String articleId, long subscriberId) {
        return "<article-" + articleId + "." + subscriberId + "@healthjournal.example.org>";
    }
}
