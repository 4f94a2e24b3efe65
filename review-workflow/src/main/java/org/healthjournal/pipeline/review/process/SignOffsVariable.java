package org.healthjournal.pipeline.review.process;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.healthjournal.pipeline.events.EventCodec;
import org.healthjournal.pipeline.events.ReviewerSignOff;

import java.util.ArrayList;
import java.util.List;

/** Every medical reviewer's approval of this version so far, kept in the process as JSON. */
public final class SignOffsVariable {

    private static final ObjectMapper JSON = EventCodec.mapper();

    private SignOffsVariable() {
    }

    public static List<ReviewerSignOff> fromJson(String json) {
        if (json == null || json.isBlank()) {
            return List.of();
        }
        try {
            return JSON.readValue(json, new TypeReference<List<ReviewerSignOff>>() {
            });
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored sign-offs are not readable", e);
        }
    }

    public static String with(String json, ReviewerSignOff signOff) {
        List<ReviewerSignOff> signOffs = new ArrayList<>(fromJson(json));
        signOffs.add(signOff);
        try {
            return JSON.writeValueAsString(signOffs);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot store sign-offs", e);
        }
    }
}
