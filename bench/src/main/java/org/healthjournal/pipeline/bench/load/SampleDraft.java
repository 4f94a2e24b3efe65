package org.healthjournal.pipeline.bench.load;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A valid draft of about 1 KB as JSON ({@code POST /api/drafts}), the size the ingest
 * figures were taken with: one section, one cited reference, no claim or advice wording, so the
 * automated checks rate it low risk and one reviewer's approval publishes it.
 */
public final class SampleDraft {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String BODY = """
            Researchers followed older adults for several years to see how daily walking related to \
            heart health. People who walked more steps each day had fewer heart problems over the \
            study period than people who walked less [1].

            ## What did the study look at?

            The cohort recorded steps with a small device worn on the hip for a week, then tracked \
            hospital visits for heart conditions. The authors adjusted for age, smoking and other \
            illnesses, but an observational study cannot show cause and effect.

            ## What does it mean?

            The findings fit earlier work on physical activity. Trials that assign walking \
            programmes are still needed to know how large any benefit is.""";

    private SampleDraft() {
    }

    public static ObjectNode draft(String title, String category) {
        ObjectNode draft = JSON.createObjectNode()
                .put("title", title)
                .put("dek", "A cohort study of older adults links more daily steps with fewer heart problems.")
                .put("category", category)
                .put("body", BODY)
                .put("keyTakeaway", "More walking went with fewer heart problems; the study cannot show cause.");
        draft.putArray("tags").add("walking").add("cohort study");
        draft.putArray("references").addObject()
                .put("title", "Daily steps and cardiovascular events in older adults: a cohort study")
                .put("url", "https://pubmed.ncbi.nlm.nih.gov/")
                .put("year", 2023)
                .put("kind", "cohort study");
        return draft;
    }

    public static byte[] bytes(String title, String category) {
        try {
            return JSON.writeValueAsBytes(draft(title, category));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
