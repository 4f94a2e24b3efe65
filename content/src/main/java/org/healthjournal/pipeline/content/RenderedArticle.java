package org.healthjournal.pipeline.content;

/**
 * An article made ready for a page: every HTML string here is sanitised.
 *
 * @param bodyHtml        the body, citations linked to {@code #ref-n}
 * @param keyTakeawayHtml the key takeaway, or empty
 * @param readMinutes     estimated reading time
 */
public record RenderedArticle(String bodyHtml, String keyTakeawayHtml, int readMinutes) {
}
