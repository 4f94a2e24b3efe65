package org.healthjournal.pipeline.ingest.submission;

import org.healthjournal.pipeline.ingest.IngestIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

import java.util.List;
import java.util.Map;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

class DraftCheckIT extends IngestIntegrationTest {

    private static final String CHECK = "/api/drafts/check";

    @Test
    void aCarefulDraftComesBackCleanWithWordCountAndReadTime() throws Exception {
        postJson(CHECK, "alice", draft("Could vitamin D shorten a cold?"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.errors", empty()))
                .andExpect(jsonPath("$.findings", empty()))
                .andExpect(jsonPath("$.riskLevel").value("LOW"))
                // title 6 + dek 9 + body 13 + takeaway 7 words
                .andExpect(jsonPath("$.wordCount").value(35))
                .andExpect(jsonPath("$.readTimeMinutes").value(1))
                .andExpect(jsonPath("$.readability.fleschReadingEase").isNumber());
    }

    @Test
    void promotionalClaimsAndTreatmentInstructionsAreFoundWithWhereAndHowToFix() throws Exception {
        Map<String, Object> draft = draft("Does vitamin D cure colds?");
        draft.put("body", "## What did the review find?\n\nVitamin D cures colds [1].\n\n"
                + "If you feel better, stop taking your antibiotics.");

        postJson(CHECK, "alice", draft)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.errors", empty()))
                .andExpect(jsonPath("$.riskLevel").value("HIGH"))
                .andExpect(jsonPath("$.findings[*].ruleId",
                        contains("advice.treatment-instruction", "claims.absolute-language")))
                .andExpect(jsonPath("$.findings[0].severity").value("BLOCKER"))
                .andExpect(jsonPath("$.findings[0].location.section").value("What did the review find?"))
                .andExpect(jsonPath("$.findings[0].location.excerpt")
                        .value("If you feel better, stop taking your antibiotics."))
                .andExpect(jsonPath("$.findings[0].suggestion", containsString("care team")))
                .andExpect(jsonPath("$.findings[1].severity").value("WARNING"))
                .andExpect(jsonPath("$.findings[1].message", containsString("cures")));
    }

    @Test
    void anInvalidDraftIsStillCheckedAndItsFieldProblemsAreListedAsSubmissionWouldList() throws Exception {
        Map<String, Object> draft = draft("ignored");
        draft.remove("title");
        draft.put("tags", List.of(" "));
        draft.put("references", List.of(Map.of("title", "A review", "url", "www.example.org/review", "year", 2024,
                "kind", "peer-reviewed review")));

        postJson(CHECK, "alice", draft)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.errors[*].field", contains("references[0].url", "tags[0]", "title")))
                .andExpect(jsonPath("$.errors[0].message").value("must be an http(s) URL"))
                .andExpect(jsonPath("$.findings[*].ruleId",
                        hasItems("structure.title-missing", "citations.url-invalid")));

        // the same draft, submitted, is refused with the same fields
        postJson("/api/drafts", "alice", draft)
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.errors[*].field", contains("references[0].url", "tags[0]", "title")));
    }

    @Test
    void checksAMarkdownFileWithFrontMatter() throws Exception {
        String file = """
                ---
                title: Does zinc help with colds?
                dek: Small trials disagree about lozenges.
                category: Immune Health
                keyTakeaway: The evidence is mixed.
                references:
                  - {title: Zinc for the common cold, url: "https://pubmed.ncbi.nlm.nih.gov/2851x951/", year: 2013, kind: Cochrane review}
                ---
                ## What did the review find?

                Lozenges may shorten colds a little [1].
                """;
        mvc.perform(post(CHECK).with(httpBasic("alice", "alice-pw")).contentType("text/markdown").content(file))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.errors", empty()))
                .andExpect(jsonPath("$.findings[*].ruleId", hasItem("citations.identifier-malformed")))
                .andExpect(jsonPath("$.riskLevel").value("MEDIUM"));
    }

    @Test
    void aBodyThatCannotBeReadIsStillABadRequest() throws Exception {
        mvc.perform(post(CHECK).with(httpBasic("alice", "alice-pw"))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"title\": "))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(post(CHECK).with(httpBasic("alice", "alice-pw"))
                        .contentType("text/markdown").content("no front matter here"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail", startsWith("The Markdown file cannot be read")));
    }

    @Test
    void onlyWritersCheckDrafts() throws Exception {
        postJson(CHECK, "drbob", draft("Could vitamin D shorten a cold?")).andExpect(status().isForbidden());
    }

    @Test
    void submissionStillTakesAValidDraftWithBlockersBecauseReviewAsksForChangesItself() throws Exception {
        Map<String, Object> draft = draft("Is vitamin D a miracle cure?");
        draft.put("body", "## What did the review find?\n\nVitamin D is a miracle cure for colds [1].");

        postJson(CHECK, "alice", draft).andExpect(jsonPath("$.findings[0].severity").value("BLOCKER"));
        postJson("/api/drafts", "alice", draft).andExpect(status().isAccepted());
    }
}
