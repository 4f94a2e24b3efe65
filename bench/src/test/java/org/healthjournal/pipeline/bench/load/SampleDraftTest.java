package org.healthjournal.pipeline.bench.load;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SampleDraftTest {

    @Test
    void isAboutOneKilobyteOfJson() {
        assertThat(SampleDraft.bytes("Daily steps and the heart, bench abc #1", "Heart Health").length)
                .isBetween(900, 1400);
    }

    @Test
    void citesItsOneReferenceAndCarriesTitleAndCategory() throws Exception {
        JsonNode draft = new ObjectMapper().readTree(SampleDraft.bytes("A title", "Ageing"));

        assertThat(draft.path("title").asText()).isEqualTo("A title");
        assertThat(draft.path("category").asText()).isEqualTo("Ageing");
        assertThat(draft.path("references")).hasSize(1);
        assertThat(draft.path("body").asText()).contains("[1]").doesNotContain("[2]");
        assertThat(draft.path("body").asText().toLowerCase()).doesNotContain("cure").doesNotContain("guarantee");
    }
}
