package org.healthjournal.pipeline.ops.deadletters;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.PrintStream;
import java.util.List;

/**
 * Dead letters as a JSON array, for scripts ({@code jq}). Field names are part of the command's
 * interface; absent values are {@code null}, never guessed. Values and headers are left out: the
 * list says what failed and where, replay is what moves records.
 */
public final class DeadLetterJson {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private DeadLetterJson() {
    }

    public static void print(List<DeadLetter> deadLetters, PrintStream out) {
        out.println(toJson(deadLetters));
    }

    static String toJson(List<DeadLetter> deadLetters) {
        ArrayNode array = JSON.createArrayNode();
        for (DeadLetter deadLetter : deadLetters) {
            ObjectNode node = array.addObject();
            node.put("id", deadLetter.id().toString());
            node.put("partition", deadLetter.id().partition());
            node.put("offset", deadLetter.id().offset());
            node.put("originalTopic", deadLetter.originalTopic());
            node.put("originalPartition", deadLetter.originalPartition());
            node.put("originalOffset", deadLetter.originalOffset());
            node.put("consumer", deadLetter.consumer());
            node.put("error", deadLetter.error());
            node.put("articleId", deadLetter.articleId());
            node.put("eventType", deadLetter.eventType());
            node.put("time", deadLetter.failedAt().toString());
        }
        try {
            return JSON.writeValueAsString(array);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("a tree of strings and numbers always serializes", e);
        }
    }
}
