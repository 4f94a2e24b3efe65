package org.healthjournal.pipeline.e2e.support;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.healthjournal.pipeline.devstack.demo.DemoArticle;

import java.util.UUID;

/** Draft request bodies for the scenarios, based on the local stack's realistic sample article. */
public final class Drafts {

    private static final ObjectMapper JSON = new ObjectMapper();

    private Drafts() {
    }

    /** The sample article under {@code title}. */
    public static ObjectNode sample(String title) {
        try {
            ObjectNode draft = (ObjectNode) JSON.readTree(DemoArticle.json());
            draft.put("title", title);
            return draft;
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A title no other scenario uses, so pages, feed items and mails can be told apart. */
    public static String uniqueTitle(String question) {
        return question + " (" + UUID.randomUUID().toString().substring(0, 8) + ")";
    }
}
