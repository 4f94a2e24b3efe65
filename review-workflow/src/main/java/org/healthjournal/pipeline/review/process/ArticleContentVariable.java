package org.healthjournal.pipeline.review.process;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.healthjournal.pipeline.events.ArticleContent;
import org.healthjournal.pipeline.events.EventCodec;

/**
 * Keeps the draft in the process as a JSON string written with the event contract's own mapper,
 * rather than as a serialised Java object, so the stored text survives class changes and can be
 * read in the database.
 */
public final class ArticleContentVariable {

    private static final ObjectMapper JSON = EventCodec.mapper();

    private ArticleContentVariable() {
    }

    public static String toJson(ArticleContent content) {
        try {
            return JSON.writeValueAsString(content);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot store article content", e);
        }
    }

    public static ArticleContent fromJson(String json) {
        try {
            return JSON.readValue(json, ArticleContent.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored article content is not readable", e);
        }
    }
}
