package org.healthjournal.pipeline.content.checks;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class CuesTest {

    private static CheckSettings.Claims claims(List<String> negations, List<String> rejections) {
        return new CheckSettings.Claims(List.of(), List.of(), List.of(), 4, negations, List.of(), List.of(),
                rejections, List.of(), List.of());
    }

    @Test
    void aContractedRejectionCueFindsTheContractionAndTheSpeltOutForm() {
        Cues cues = new Cues(claims(List.of(), List.of("doesn't hold up")));

        assertThat(cues.rejects("the claim that it cures colds doesn't hold up.")).isTrue();
        assertThat(cues.rejects("the claim that it cures colds does not hold up.")).isTrue();
        assertThat(cues.rejects("the claim that it cures colds holds up.")).isFalse();
    }

    @Test
    void aContractedNegationCueNegatesThePhraseAfterIt() {
        Cues cues = new Cues(claims(List.of("isn't"), List.of()));
        String sentence = "vitamin c isn't a cure for colds.";

        assertThat(cues.negatedBefore(sentence, sentence.indexOf("a cure"))).isTrue();
        assertThat(cues.negatedBefore("vitamin c is a cure for colds.", "vitamin c is ".length())).isFalse();
    }
}
