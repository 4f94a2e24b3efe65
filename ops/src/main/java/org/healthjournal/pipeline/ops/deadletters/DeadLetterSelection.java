package org.healthjournal.pipeline.ops.deadletters;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Which dead letters an operator asked for: the given ids, or all of them, optionally only those
 * a given consumer gave up on. Asking for something that is not there is an error for the whole
 * request, so a typo never replays half of what was meant.
 *
 * @param ids      the ids asked for, in the order given; empty when {@code all}
 * @param consumer only dead letters from this consumer (group); null for any
 */
public record DeadLetterSelection(List<DeadLetterId> ids, boolean all, String consumer) {

    public DeadLetterSelection {
        ids = List.copyOf(new LinkedHashSet<>(ids));
    }

    public static DeadLetterSelection everything(String consumer) {
        return new DeadLetterSelection(List.of(), true, consumer);
    }

    public static DeadLetterSelection byId(List<DeadLetterId> ids, String consumer) {
        return new DeadLetterSelection(ids, false, consumer);
    }

    /**
     * @throws UnknownDeadLetterException if an id is not on the topic
     * @throws ReplayRefusedException     if an id was dead-lettered by another consumer than the one named
     */
    public List<DeadLetter> choose(List<DeadLetter> onTopic) {
        if (all) {
            return onTopic.stream().filter(this::fromConsumer).toList();
        }
        Map<DeadLetterId, DeadLetter> byId = onTopic.stream()
                .collect(Collectors.toMap(DeadLetter::id, Function.identity()));
        List<DeadLetterId> unknown = ids.stream().filter(id -> !byId.containsKey(id)).toList();
        if (!unknown.isEmpty()) {
            throw new UnknownDeadLetterException(unknown);
        }
        List<DeadLetter> chosen = new ArrayList<>();
        for (DeadLetterId id : ids) {
            DeadLetter deadLetter = byId.get(id);
            if (!fromConsumer(deadLetter)) {
                throw new ReplayRefusedException(id + " was dead-lettered by " + deadLetter.consumer()
                        + ", not by " + consumer);
            }
            chosen.add(deadLetter);
        }
        return chosen;
    }

    public boolean fromConsumer(DeadLetter deadLetter) {
        return consumer == null || Objects.equals(consumer, deadLetter.consumer());
    }
}
