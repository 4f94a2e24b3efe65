package org.healthjournal.pipeline.e2e.support;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Finds the links a reader would click in a mail's text. */
public final class MailLinks {

    private static final Pattern WEB_URL = Pattern.compile("https?://[^\\s<>\"]+");

    private MailLinks() {
    }

    /** The first http(s) URL in {@code text} that contains {@code fragment}. */
    public static Optional<String> find(String text, String fragment) {
        Matcher matcher = WEB_URL.matcher(text);
        while (matcher.find()) {
            String url = matcher.group().replaceAll("[.,;:)\\]]+$", "");
            if (url.contains(fragment)) {
                return Optional.of(url);
            }
        }
        return Optional.empty();
    }
}
