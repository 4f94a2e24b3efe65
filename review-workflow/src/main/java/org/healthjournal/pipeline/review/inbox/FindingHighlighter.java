package org.healthjournal.pipeline.review.inbox;

import org.healthjournal.pipeline.content.MarkdownRenderer;
import org.healthjournal.pipeline.content.checks.Finding;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Renders a draft's body with the shared renderer and marks, in place, each passage a finding
 * names. The passages are tagged in the Markdown with private-use characters (never typed by a
 * writer, passed through as text by the renderer and the sanitiser), which become
 * {@code <mark id="finding-n">} in the finished, sanitised HTML. A passage that is not in the body
 * word for word, overlaps another, or would not nest cleanly in the HTML is listed but not marked.
 */
final class FindingHighlighter {

    private static final char OPEN = '\uE000';
    private static final char NUMBER_END = '\uE001';
    private static final char CLOSE = '\uE002';
    private static final Pattern MARKED = Pattern.compile(OPEN + "(\\d+)" + NUMBER_END + "(.*?)" + CLOSE,
            Pattern.DOTALL);
    private static final Pattern TAG = Pattern.compile("<(/?)([a-zA-Z][a-zA-Z0-9]*)[^>]*>");
    private static final Set<String> VOID = Set.of("br", "img", "wbr");
    /** A mark is phrasing content: it may wrap these, never a paragraph, list or table. */
    private static final Set<String> INLINE = Set.of("a", "em", "strong", "code", "sup", "sub", "span", "s", "del",
            "ins", "b", "i", "abbr");

    private final MarkdownRenderer renderer;

    FindingHighlighter(MarkdownRenderer renderer) {
        this.renderer = renderer;
    }

    /** The body as HTML, and which findings (1-based, in list order) are marked in it. */
    record Highlighted(String html, Set<Integer> marked) {
    }

    Highlighted render(String markdown, List<Finding> findings) {
        String source = markdown == null ? "" : markdown.replace(String.valueOf(OPEN), "")
                .replace(String.valueOf(NUMBER_END), "").replace(String.valueOf(CLOSE), "");
        List<int[]> taken = new ArrayList<>();
        List<Insert> inserts = new ArrayList<>();
        for (int i = 0; i < findings.size(); i++) {
            Finding finding = findings.get(i);
            String excerpt = finding.location() == null ? null : finding.location().excerpt();
            if (excerpt == null || excerpt.isBlank()) {
                continue;
            }
            int start = source.indexOf(excerpt.strip());
            if (start < 0) {
                continue;
            }
            int end = start + excerpt.strip().length();
            if (taken.stream().anyMatch(range -> start < range[1] && range[0] < end)) {
                continue;
            }
            taken.add(new int[] {start, end});
            inserts.add(new Insert(start, OPEN + String.valueOf(i + 1) + NUMBER_END));
            inserts.add(new Insert(end, String.valueOf(CLOSE)));
        }
        inserts.sort((a, b) -> Integer.compare(b.at(), a.at()));
        StringBuilder tagged = new StringBuilder(source);
        for (Insert insert : inserts) {
            tagged.insert(insert.at(), insert.text());
        }
        String html = renderer.toHtml(tagged.toString());
        Set<Integer> marked = new HashSet<>();
        Matcher matcher = MARKED.matcher(html);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            int number = Integer.parseInt(matcher.group(1));
            String inside = matcher.group(2);
            String replacement;
            if (nestsCleanly(inside) && !insideTag(html, matcher.start())) {
                marked.add(number);
                replacement = "<mark class=\"finding\" id=\"finding-" + number + "\">" + inside + "</mark>";
            } else {
                replacement = inside;
            }
            matcher.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        matcher.appendTail(out);
        String result = out.toString().replace(String.valueOf(OPEN), "").replace(String.valueOf(NUMBER_END), "")
                .replace(String.valueOf(CLOSE), "");
        return new Highlighted(result, Set.copyOf(marked));
    }

    private record Insert(int at, String text) {
    }

    private static boolean nestsCleanly(String html) {
        List<String> open = new ArrayList<>();
        Matcher tag = TAG.matcher(html);
        while (tag.find()) {
            String name = tag.group(2).toLowerCase(java.util.Locale.ROOT);
            if (VOID.contains(name)) {
                continue;
            }
            if (!INLINE.contains(name)) {
                return false;
            }
            if (tag.group(1).isEmpty()) {
                open.add(name);
            } else if (open.isEmpty() || !open.remove(open.size() - 1).equals(name)) {
                return false;
            }
        }
        return open.isEmpty();
    }

    private static boolean insideTag(String html, int position) {
        return html.lastIndexOf('<', position) > html.lastIndexOf('>', position);
    }
}
