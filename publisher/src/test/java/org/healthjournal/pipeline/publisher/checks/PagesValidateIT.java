package org.healthjournal.pipeline.publisher.checks;

import org.healthjournal.pipeline.events.ArticleContent;
import org.healthjournal.pipeline.events.ArticlePublished;
import org.healthjournal.pipeline.events.ArticleRetracted;
import org.healthjournal.pipeline.events.ArticleUpdated;
import org.healthjournal.pipeline.events.Reference;
import org.healthjournal.pipeline.events.ReviewerSignOff;
import org.healthjournal.pipeline.publisher.Approvals;
import org.healthjournal.pipeline.publisher.PublisherIntegrationTest;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.healthjournal.pipeline.publisher.Approvals.approved;
import static org.healthjournal.pipeline.publisher.Approvals.newArticleId;
import static org.healthjournal.pipeline.publisher.Approvals.revised;
import static org.healthjournal.pipeline.publisher.Approvals.signedOff;

/**
 * Every kind of page the site serves (an updated page with two reviewers and a change note, a
 * retracted page, the lists, search, not found), run through the W3C Nu HTML Checker: no errors.
 */
class PagesValidateIT extends PublisherIntegrationTest {

    private static final Logger log = LoggerFactory.getLogger(PagesValidateIT.class);

    @Test
    void everyKindOfPageValidatesWithoutErrors() throws Exception {
        String articleId = newArticleId();
        sendReview(approved(articleId, 1, new ArticleContent(
                "Does a <b>hot toddy</b> & honey \"really\" help? </script>",
                "What the trials say about honey, heat and a sore throat.",
                "Immune Health",
                List.of("honey", "sore throat"),
                """
                        ## What did the trials find?

                        Honey eased cough at night in children [1]; heat alone did little [2].

                        | Remedy | Evidence |
                        |---|---|
                        | Honey | moderate |
                        | Steam | weak |

                        ## Frequently asked questions

                        **Is honey safe for babies?** No: not before their first birthday.

                        ```
                        1 tsp honey in warm water
                        ```
                        """,
                List.of(new Reference("Honey for acute cough in children", "https://doi.org/10.1002/14651858", 2018,
                                "systematic review"),
                        new Reference("Steam inhalation trial", null, 2016, "randomised trial")),
                "Honey may ease a night-time cough; it is not for babies.")));
        ArticlePublished published = awaitPublished(articleId, 1);
        Map<String, String> pages = new LinkedHashMap<>();
        pages.put(pathOf(published) + " (first version)", http.getForObject(pathOf(published), String.class));
        // an update by two reviewers, with a change note
        sendReview(signedOff(approved(articleId, 2, revised(approved(articleId, 1, "Does a hot toddy help?").content(),
                        "Does a hot toddy help?", "Added a 2026 trial <and> a table.", null)),
                List.of(new ReviewerSignOff("dr-rivera", "Dr Bob Rivera", "MD, haematologist", Approvals.REVIEWED_AT),
                        new ReviewerSignOff("dr-cho", "Dr Ana Cho", "PharmD", Approvals.REVIEWED_AT)),
                Instant.parse("2027-06-01T00:00:00Z")));
        awaitAnnounced(ArticleUpdated.class, articleId, 2);
        // a retracted page
        String retractedId = newArticleId();
        sendReview(approved(retractedId, 1, "Does garlic cure the flu?"));
        ArticlePublished toRetract = awaitPublished(retractedId, 1);
        awaitHandled(sendReview(new ArticleRetracted(UUID.randomUUID(), null, 0, retractedId, 1, Instant.now(),
                "corr", "wanda", "dr-rivera", "Its main source was withdrawn <2026>.", Instant.now())));

        for (String path : List.of(pathOf(published), pathOf(toRetract), "/", "/page/2",
                "/categories/immune-health", "/tags/honey", "/authors/wanda", "/no-such-page", "/search?q=honey", "/search?q=", "/search?q=nothing-matches-this")) {
            pages.put(path, http.getForObject(path, String.class));
        }

        int errors = 0;
        for (Map.Entry<String, String> page : pages.entrySet()) {
            List<String> found = NuHtmlChecker.errorsIn(page.getValue());
            errors += found.size();
            assertThat(found).as(page.getKey()).isEmpty();
        }
        log.info("Nu HTML Checker: {} pages, {} errors", pages.size(), errors);
    }
}
