package org.healthjournal.pipeline.content.checks;

import org.commonmark.Extension;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.Code;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.ListBlock;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;
import org.healthjournal.pipeline.events.ArticleContent;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A draft read the way the rules need it: the body parsed with commonmark into sections and
 * blocks of plain text (so Markdown markup never reaches a word list), each split into sentences.
 */
final class DraftText {

    static final String INTRODUCTION = "(introduction)";
    static final String TITLE = "Title";
    static final String DEK = "Dek";
    static final String KEY_TAKEAWAY = "Key takeaway";
    static final String SOURCES = "Sources";

    private static final List<Extension> EXTENSIONS = List.of(TablesExtension.create());
    private static final Parser PARSER = Parser.builder().extensions(EXTENSIONS).build();
    static final Pattern CITATION = Pattern.compile("\\[(\\d{1,3})]");

    private final ArticleContent content;
    private final List<Block> body = new ArrayList<>();
    private final List<Block> fields = new ArrayList<>();
    private final List<String> sections = new ArrayList<>();
    private final Set<Integer> citingGroups = new HashSet<>();

    private DraftText(ArticleContent content) {
        this.content = content;
    }

    static DraftText of(ArticleContent content, List<String> sourceSectionHeadings) {
        DraftText text = new DraftText(content);
        Set<String> sourceHeadings = sourceSectionHeadings.stream().map(Phrases::normaliseKey)
                .collect(Collectors.toSet());
        new BodyReader(text, sourceHeadings).read(PARSER.parse(content.body() == null ? "" : content.body()));
        // once per draft: the claims rules ask for every block whether its group cites
        for (Block block : text.body) {
            if (CITATION.matcher(block.text()).find()) {
                text.citingGroups.add(block.group());
            }
        }
        text.field(TITLE, content.title());
        text.field(DEK, content.dek());
        if (content.keyTakeaway() != null) {
            // the takeaway may carry emphasis; read its text, not its markup
            StringBuilder plain = new StringBuilder();
            BodyReader.appendText(PARSER.parse(content.keyTakeaway()), plain);
            text.field(KEY_TAKEAWAY, plain.toString());
        }
        return text;
    }

    private void field(String name, String value) {
        if (value != null && !value.isBlank()) {
            String plain = Phrases.WHITESPACE.matcher(value.strip()).replaceAll(" ");
            fields.add(new Block(name, Block.Kind.FIELD, -1, plain, Sentences.of(plain), false));
        }
    }

    ArticleContent content() {
        return content;
    }

    /** Body blocks in reading order. */
    List<Block> body() {
        return body;
    }

    /** Title, dek and key takeaway as blocks, where present. */
    List<Block> fields() {
        return fields;
    }

    /** The {@code ##} headings of the body. */
    List<String> sections() {
        return sections;
    }

    /** The body's first paragraph, or empty. */
    String firstParagraph() {
        return body.stream().filter(block -> block.kind() == Block.Kind.PARAGRAPH).map(Block::text)
                .findFirst().orElse("");
    }

    /** Whether any block of the group cites a source. */
    boolean groupCites(int group) {
        return citingGroups.contains(group);
    }

    static List<Integer> citationsIn(String text) {
        List<Integer> numbers = new ArrayList<>();
        Matcher matcher = CITATION.matcher(text);
        while (matcher.find()) {
            numbers.add(Integer.parseInt(matcher.group(1)));
        }
        return numbers;
    }

    /** Walks the commonmark tree once, turning leaf blocks into {@link Block}s. */
    private static final class BodyReader {

        private final DraftText text;
        private final Set<String> sourceHeadings;
        private String section = INTRODUCTION;
        private boolean inSources;
        private int groups;

        BodyReader(DraftText text, Set<String> sourceHeadings) {
            this.text = text;
            this.sourceHeadings = sourceHeadings;
        }

        void read(Node document) {
            readChildren(document, -1, false);
        }

        private void readChildren(Node parent, int listGroup, boolean quoted) {
            Node previous = null;
            for (Node node = parent.getFirstChild(); node != null; node = node.getNext()) {
                readBlock(node, previous, listGroup, quoted);
                previous = node;
            }
        }

        private void readBlock(Node node, Node previous, int listGroup, boolean quoted) {
            if (node instanceof Heading heading) {
                String title = plain(heading);
                if (heading.getLevel() <= 2) {
                    section = title.isEmpty() ? section : title;
                    inSources = sourceHeadings.contains(Phrases.normaliseKey(title));
                    if (heading.getLevel() == 2) {
                        text.sections.add(title);
                    }
                }
                add(Block.Kind.HEADING, ++groups, title);
            } else if (node instanceof Paragraph) {
                Block.Kind kind = quoted ? Block.Kind.QUOTE : listGroup >= 0 ? Block.Kind.LIST_ITEM : Block.Kind.PARAGRAPH;
                add(kind, listGroup >= 0 ? listGroup : ++groups, plain(node));
            } else if (node instanceof ListBlock) {
                // a list introduced by "…found:" reads as one paragraph with its introduction
                boolean introduced = previous instanceof Paragraph && !text.body.isEmpty()
                        && text.body.get(text.body.size() - 1).text().endsWith(":");
                int group = listGroup >= 0 ? listGroup : introduced ? groups : ++groups;
                readChildren(node, group, quoted);
            } else if (node instanceof ListItem) {
                readChildren(node, listGroup, quoted);
            } else if (node instanceof BlockQuote) {
                readChildren(node, listGroup, true);
            } else if (node instanceof TableCell) {
                add(Block.Kind.TABLE_CELL, ++groups, plain(node));
            } else if (node instanceof FencedCodeBlock || node instanceof IndentedCodeBlock || node instanceof HtmlBlock) {
                // code and raw HTML are not prose (the renderer shows HTML as text anyway)
            } else {
                readChildren(node, listGroup, quoted);
            }
        }

        private void add(Block.Kind kind, int group, String plain) {
            if (!plain.isBlank()) {
                text.body.add(new Block(section, kind, group, plain, Sentences.of(plain), inSources));
            }
        }

        private static String plain(Node node) {
            StringBuilder out = new StringBuilder();
            appendText(node, out);
            return Phrases.WHITESPACE.matcher(out.toString().strip()).replaceAll(" ");
        }

        static void appendText(Node node, StringBuilder out) {
            for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
                if (child instanceof Text t) {
                    out.append(t.getLiteral());
                } else if (child instanceof Code code) {
                    // markers in code are not citations (the renderer leaves them as typed)
                    out.append(code.getLiteral().replace('[', '(').replace(']', ')'));
                } else if (child instanceof SoftLineBreak || child instanceof HardLineBreak) {
                    out.append(' ');
                } else if (child instanceof HtmlInline) {
                    continue;
                } else {
                    appendText(child, out);
                    if (child instanceof Paragraph) {
                        out.append(' ');
                    }
                }
            }
        }
    }
}
