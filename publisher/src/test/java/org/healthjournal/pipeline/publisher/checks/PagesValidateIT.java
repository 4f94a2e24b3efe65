package org.healthjournal.pipeline.publisher.checks;

import org.healthjournal.pipeline.events.ArticleContent;
import org.healthjournal.pipeline.events.ArticlePublished;
import org.healthjournal.pipeline.events.Reference;
import org.healthjournal.pipeline.publisher.PublisherIntegrationTest;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.healthjournal.pipeline.publisher.Approvals.approved;
import static org.healthjournal.pipeline.publisher.Approvals.newArticleId;

/** Every kind of page the site serves, run through the W3C Nu HTML Checker: no errors. */
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
        for (String path : List.of(pathOf(published), "/", "/page/2", "/categories/immune-health", "/tags/honey",
                "/authors/wanda", "/no-such-page", "/search?q=honey", "/search?q=", "/search?q=nothing-matches-this")) {
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
