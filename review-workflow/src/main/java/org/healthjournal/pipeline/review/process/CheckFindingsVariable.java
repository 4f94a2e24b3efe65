package org.healthjournal.pipeline.review.process;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.healthjournal.pipeline.content.checks.Finding;

import java.util.List;

/**
 * The automated checks' findings kept in the process as a JSON string, like the content, so
 * the stored text stays readable and survives class changes.
 */
public final class CheckFindingsVariable {

    private static final ObjectMapper JSON = new ObjectMapper()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private CheckFindingsVariable() {
    }

    public static String toJson(List<Finding> findings) {
        try {
            return JSON.writeValueAsString(findings);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot store check findings", e);
        }
    }

    /** The findings, or none for a review started before the checks existed. */
    public static List<Finding> fromJson(String json) {
        if (json == null || json.isBlank()) {
            return List.of();
        }
        try {
            return JSON.readValue(json, new TypeReference<List<Finding>>() {
            });
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored check findings are not readable", e);
        }
    }
}
