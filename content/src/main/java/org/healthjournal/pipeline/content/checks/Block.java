package org.healthjournal.pipeline.content.checks;

import java.util.List;

/**
 * One run of prose the checks read: a paragraph, list item, heading, quotation, table cell, or one
 * of the article's fields (title, dek, key takeaway).
 *
 * @param section    the heading it sits under (or the field's name)
 * @param kind       what kind of text it is
 * @param group      paragraphs that share citations: a list shares one group, and joins the
 *                   paragraph introducing it with a colon
 * @param text       plain text, Markdown markup removed, citation markers kept
 * @param sentences  the text split into sentences
 * @param inSources  under a Sources/References heading: a list of sources, not claims
 */
record Block(String section, Kind kind, int group, String text, List<String> sentences, boolean inSources) {

    enum Kind {
        HEADING,
        PARAGRAPH,
        LIST_ITEM,
        QUOTE,
        TABLE_CELL,
        FIELD
    }

    /** Prose the article itself asserts: not a heading, a quotation, a table cell or a source list. */
    boolean isAssertedProse() {
        return (kind == Kind.PARAGRAPH || kind == Kind.LIST_ITEM || kind == Kind.FIELD) && !inSources;
    }

    boolean isBodyProse() {
        return (kind == Kind.PARAGRAPH || kind == Kind.LIST_ITEM) && !inSources;
    }
}
