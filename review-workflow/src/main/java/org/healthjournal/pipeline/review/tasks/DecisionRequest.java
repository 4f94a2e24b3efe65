package org.healthjournal.pipeline.review.tasks;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.healthjournal.pipeline.review.process.ReviewDecision;

import java.util.Arrays;

/**
 * A reviewer's decision on a review task. Read from JSON strictly: the decision must be one of the
 * names as a string. A number is refused rather than read as an enum ordinal (so a client sending a
 * default {@code 0} does not approve a medical review), whatever the application's ObjectMapper allows.
 */
public record DecisionRequest(
        @NotNull(message = "is required: APPROVE, REQUEST_CHANGES or REJECT") ReviewDecision decision,
        @Size(max = 20000, message = "must be at most 20000 characters") String comments) {

    @JsonCreator
    static DecisionRequest fromJson(@JsonProperty("decision") JsonNode decision,
            @JsonProperty("comments") String comments) {
        return new DecisionRequest(strict(decision), comments);
    }

    private static ReviewDecision strict(JsonNode decision) {
        if (decision == null || decision.isNull() || decision.isMissingNode()) {
            return null;
        }
        if (!decision.isTextual()) {
            throw new InvalidDecisionException(decision.toString());
        }
        String name = decision.textValue();
        return Arrays.stream(ReviewDecision.values()).filter(value -> value.name().equals(name)).findFirst()
                .orElseThrow(() -> new InvalidDecisionException('"' + name + '"'));
    }

    /** Blank comments say nothing; they count as none. */
    public String commentsOrNull() {
        return comments == null || comments.isBlank() ? null : comments.strip();
    }

    /** The decision in a request body is not one of the names. */
    static class InvalidDecisionException extends IllegalArgumentException {

        InvalidDecisionException(String value) {
            super("decision " + (value.length() > 40 ? value.substring(0, 40) + "…" : value)
                    + " is not one of the allowed names");
        }
    }
}
