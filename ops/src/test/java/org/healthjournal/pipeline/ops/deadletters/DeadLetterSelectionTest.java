package org.healthjournal.pipeline.ops.deadletters;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.healthjournal.pipeline.ops.deadletters.DeadLetterFixture.deadLetter;

class DeadLetterSelectionTest {

    private final List<DeadLetter> onTopic = List.of(
            deadLetter("0:1", "publisher", "a"),
            deadLetter("0:2", "notifier", "b"),
            deadLetter("1:1", "publisher", "c"));

    @Test
    void allWithAConsumerChoosesOnlyThatConsumersDeadLetters() {
        assertThat(DeadLetterSelection.everything("publisher").choose(onTopic))
                .extracting(DeadLetter::id).extracting(DeadLetterId::toString).containsExactly("0:1", "1:1");
        assertThat(DeadLetterSelection.everything(null).choose(onTopic)).hasSize(3);
    }

    @Test
    void idsAreChosenInTheOrderGivenAndOnlyOnce() {
        List<DeadLetter> chosen = DeadLetterSelection.byId(
                List.of(DeadLetterId.parse("1:1"), DeadLetterId.parse("0:1"), DeadLetterId.parse("1:1")), null)
                .choose(onTopic);

        assertThat(chosen).extracting(deadLetter -> deadLetter.id().toString()).containsExactly("1:1", "0:1");
    }

    @Test
    void anUnknownIdFailsTheWholeSelectionNamingIt() {
        DeadLetterSelection selection = DeadLetterSelection.byId(
                List.of(DeadLetterId.parse("0:1"), DeadLetterId.parse("0:9")), null);

        assertThatThrownBy(() -> selection.choose(onTopic))
                .isInstanceOf(UnknownDeadLetterException.class)
                .hasMessage("no dead letter 0:9 (see: dead-letters list); nothing replayed");
    }

    @Test
    void anIdOfAnotherConsumerIsRefused() {
        DeadLetterSelection selection = DeadLetterSelection.byId(List.of(DeadLetterId.parse("0:2")), "publisher");

        assertThatThrownBy(() -> selection.choose(onTopic))
                .isInstanceOf(ReplayRefusedException.class)
                .hasMessageContaining("0:2 was dead-lettered by notifier, not by publisher");
    }
}
