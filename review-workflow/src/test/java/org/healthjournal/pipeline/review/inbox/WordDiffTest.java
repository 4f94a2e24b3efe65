package org.healthjournal.pipeline.review.inbox;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class WordDiffTest {

    @Test
    void changedWordsAreRemovedAndAddedWhileTheRestStaysAsItWas() {
        List<WordDiff.Segment> diff = WordDiff.between("Early trials were small [1].", "Two early trials were small [1].");

        assertThat(diff).containsExactly(
                new WordDiff.Segment(WordDiff.Kind.REMOVED, "Early"),
                new WordDiff.Segment(WordDiff.Kind.ADDED, "Two early"),
                new WordDiff.Segment(WordDiff.Kind.SAME, " trials were small [1]."));
        assertThat(WordDiff.changed(diff)).isTrue();
    }

    @Test
    void theSameTextHasNoChangeAndKeepsItsLineBreaks() {
        List<WordDiff.Segment> diff = WordDiff.between("## Heading\n\nText.", "## Heading\n\nText.");

        assertThat(diff).containsExactly(new WordDiff.Segment(WordDiff.Kind.SAME, "## Heading\n\nText."));
        assertThat(WordDiff.changed(diff)).isFalse();
    }

    @Test
    void aWholeNewParagraphIsOneAddition() {
        List<WordDiff.Segment> diff = WordDiff.between("One.", "One.\n\nTwo more.");

        assertThat(diff).containsExactly(new WordDiff.Segment(WordDiff.Kind.SAME, "One."),
                new WordDiff.Segment(WordDiff.Kind.ADDED, "\n\nTwo more."));
    }
}
