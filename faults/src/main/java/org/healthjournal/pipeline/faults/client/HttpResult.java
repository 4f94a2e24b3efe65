package org.healthjournal.pipeline.faults.client;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** One HTTP answer, kept whole so that a log line can show it. */
public record HttpResult(String method, String url, int status, String body) {

    private static final ObjectMapper JSON = new ObjectMapper();

    public JsonNode json() {
        try {
            return JSON.readTree(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("not JSON: " + this, e);
        }
    }

    @Override
    public String toString() {
        String shown = body.length() > 500 ? body.substring(0, 500) + "…" : body;
        return method + " " + url + " -> " + status + " " + shown;
    }
}
