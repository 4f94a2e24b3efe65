package org.healthjournal.pipeline.publisher.search;

import org.springframework.web.util.HtmlUtils;

/** The words of a sanitised article body, for indexing: tags dropped, entities decoded. */
final class PlainText {

    private PlainText() {
    }

    static String of(String sanitisedHtml) {
        if (sanitisedHtml == null) {
            return "";
        }
        // the body was sanitised at publication, so every '<' left is the start of a tag
        String text = sanitisedHtml.replaceAll("<[^>]*>", " ");
        return HtmlUtils.htmlUnescape(text).replaceAll("\\s+", " ").strip();
    }
}
