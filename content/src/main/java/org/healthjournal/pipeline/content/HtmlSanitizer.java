package org.healthjournal.pipeline.content;

import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;
import org.owasp.html.Sanitizers;

import java.util.regex.Pattern;

/**
 * The last gate before HTML reaches a reader: whatever a writer typed, nothing that can run
 * script survives (no script/style/iframe, no event handlers, no javascript: links).
 */
public final class HtmlSanitizer {

    private static final Pattern ID = Pattern.compile("[a-zA-Z][a-zA-Z0-9_-]{0,63}");
    private static final Pattern CLASS_NAMES = Pattern.compile("[a-zA-Z0-9 _-]{1,64}");

    private static final PolicyFactory POLICY = Sanitizers.FORMATTING
            .and(Sanitizers.BLOCKS)
            .and(Sanitizers.TABLES)
            .and(new HtmlPolicyBuilder()
                    .allowElements("a")
                    .allowUrlProtocols("http", "https", "mailto")
                    .allowAttributes("href", "title").onElements("a")
                    .requireRelsOnLinks("noopener", "noreferrer")
                    .allowElements("sup", "sub", "section", "ol", "ul", "li", "hr", "pre", "code", "figure",
                            "figcaption", "aside")
                    .allowAttributes("id").matching(ID).globally()
                    .allowAttributes("class").matching(CLASS_NAMES).globally()
                    .toFactory());

    private HtmlSanitizer() {
    }

    public static String sanitize(String html) {
        return POLICY.sanitize(html);
    }
}
