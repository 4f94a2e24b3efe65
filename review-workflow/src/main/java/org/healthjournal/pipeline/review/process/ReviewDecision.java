package org.healthjournal.pipeline.review.process;

import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * What a medical reviewer decided; the process's decision gateways branch on the name. A medical
 * review of a draft takes APPROVE, REQUEST_CHANGES or REJECT; a periodic re-review of a published
 * article takes CONFIRM, REQUEST_CHANGES or RETRACT.
 */
public enum ReviewDecision {
    APPROVE,
    REQUEST_CHANGES,
    REJECT,
    CONFIRM,
    RETRACT;

    /** The decisions of a medical review of a draft. */
    public static final Set<ReviewDecision> OF_REVIEW = Set.of(APPROVE, REQUEST_CHANGES, REJECT);
    /** The decisions of a periodic re-review of a published article. */
    public static final Set<ReviewDecision> OF_PERIODIC_REVIEW = Set.of(CONFIRM, REQUEST_CHANGES, RETRACT);

    /** A writer told to revise, told no, or a retraction must say why. */
    public boolean requiresComments() {
        return this == REQUEST_CHANGES || this == REJECT || this == RETRACT;
    }

    /** The names in declaration order, for messages that list what is allowed. */
    public static List<String> names(Set<ReviewDecision> decisions) {
        return Arrays.stream(values()).filter(decisions::contains).map(Enum::name).toList();
    }
}
