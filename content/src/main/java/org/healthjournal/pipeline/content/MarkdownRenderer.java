package org.healthjournal.pipeline.content;

import org.commonmark.Extension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.healthjournal.pipeline.events.ArticleContent;

import java.util.List;

/** Markdown (CommonMark + tables) to sanitised HTML, with numbered citations linked to the Sources list. */
public final class MarkdownRenderer {

    private static final List<Extension> EXTENSIONS = List.of(TablesExtension.create());

    private final Parser parser = Parser.builder().extensions(EXTENSIONS).build();
    private final HtmlRenderer renderer = HtmlRenderer.builder()
            .extensions(EXTENSIONS)
            // raw HTML typed by a writer is shown as text, never passed through
            .escapeHtml(true)
            .attributeProviderFactory(context -> (node, tagName, attributes) -> {
                if (node instanceof Link link && link.getDestination().startsWith("#" + CitationLinker.ANCHOR_PREFIX)) {
                    attributes.put("class", "citation");
                }
            })
            .build();

    public String toHtml(String markdown) {
        Node document = parser.parse(markdown == null ? "" : markdown);
        document.accept(new CitationLinker());
        return HtmlSanitizer.sanitize(renderer.render(document));
    }

    public RenderedArticle render(ArticleContent content) {
        String takeaway = content.keyTakeaway() == null ? "" : toHtml(content.keyTakeaway());
        return new RenderedArticle(toHtml(content.body()), takeaway, ReadingTime.minutes(content));
    }

    /** Citation numbers used in the body, in order of first use. */
    public static List<Integer> citations(String markdown) {
        return CitationLinker.citedNumbers(markdown);
    }
}
