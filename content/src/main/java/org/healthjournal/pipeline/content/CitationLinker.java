package org.healthjournal.pipeline.content;

import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.Text;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns the plain-text citation markers {@code [1]} of a parsed Markdown body into links to the
 * matching entry of the Sources list ({@code #ref-1}). Markers in code stay as typed.
 */
final class CitationLinker extends AbstractVisitor {

    static final String ANCHOR_PREFIX = "ref-";
    private static final Pattern MARKER = Pattern.compile("\\[(\\d{1,3})]");

    @Override
    public void visit(Text text) {
        String literal = text.getLiteral();
        Matcher matcher = MARKER.matcher(literal);
        List<Node> replacement = new ArrayList<>();
        int last = 0;
        while (matcher.find()) {
            if (matcher.start() > last) {
                replacement.add(new Text(literal.substring(last, matcher.start())));
            }
            Link link = new Link("#" + ANCHOR_PREFIX + matcher.group(1), "Source " + matcher.group(1));
            link.appendChild(new Text(matcher.group()));
            replacement.add(link);
            last = matcher.end();
        }
        if (replacement.isEmpty()) {
            return;
        }
        if (last < literal.length()) {
            replacement.add(new Text(literal.substring(last)));
        }
        for (Node node : replacement) {
            text.insertBefore(node);
        }
        text.unlink();
    }

    /** The citation numbers used in a body, in order of first use. */
    static List<Integer> citedNumbers(String markdown) {
        List<Integer> numbers = new ArrayList<>();
        Matcher matcher = MARKER.matcher(markdown == null ? "" : markdown);
        while (matcher.find()) {
            int n = Integer.parseInt(matcher.group(1));
            if (!numbers.contains(n)) {
                numbers.add(n);
            }
        }
        return numbers;
    }
}
